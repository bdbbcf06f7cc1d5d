import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHP_RULE_CODES,
  RULE_CODES,
  RULE_MESSAGES,
  isRuleCode,
  ruleMessage,
  withPerson,
} from '../src';

describe('every rule has one plain-English message', () => {
  it.each([...RULE_CODES])('%s has a message', (code) => {
    expect(RULE_MESSAGES[code]).toMatch(/^\S.*[.?!]$/s);
    expect(ruleMessage(code)).toBe(withPerson(RULE_MESSAGES[code]));
    expect(ruleMessage(code, { person: 'complainant' })).not.toMatch(/[{}]|customer/);
  });
  it('no code is listed twice', () => expect(new Set(RULE_CODES).size).toBe(RULE_CODES.length));
  it('every domain rule code is a rule code', () =>
    expect(CHP_RULE_CODES.every(isRuleCode)).toBe(true));
  it('an extension past day 10 names day 10, 13 Mar 2026, when known', () =>
    expect(ruleMessage('STAGE1_EXTENSION_PAST_DAY_10', { latestExtension: '2026-03-13' })).toBe(
      "A stage 1 extension can't go past day 10 (13 Mar 2026).",
    ));
  it('an invalid outcome on findings asks for a finding per point', () =>
    expect(ruleMessage('INVALID_OUTCOME', { field: 'findings' })).toBe(
      'Each point needs a finding: upheld or not upheld.',
    ));
  it("names the person by the organisation's word: a college's complainant (docs/procedure.md, Sector settings)", () =>
    expect(ruleMessage('ESCALATE_INSTEAD', { person: 'complainant' })).toBe(
      'The complainant is dissatisfied after the stage 1 response: escalate the complaint to stage 2 instead.',
    ));
  it("names the person 'customer' when the organisation's word is not known", () =>
    expect(ruleMessage('ESCALATE_INSTEAD')).toBe(
      'The customer is dissatisfied after the stage 1 response: escalate the complaint to stage 2 instead.',
    ));
  it("starts a sentence with the word capitalised for '{Person}'", () =>
    expect(withPerson('{Person} details', 'complainant')).toBe('Complainant details'));
  it('an unknown code has no message', () => expect(ruleMessage('NO_SUCH_RULE')).toBeNull());
});

const API_SRC = path.resolve(__dirname, '../../api/src');
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}
/** Rule strings the API sends: badInput(field, 'rule', …), conflict('RULE', …), `rule: 'RULE'`, and `name: '…'` custom validators. */
const PATTERNS = [
  /\bbadInput\(\s*[^,()]+(?:\([^()]*\))?,\s*['"`]([A-Za-z0-9_]+)['"`]/g,
  /\bconflict\(\s*['"`]([A-Za-z0-9_]+)['"`]/g,
  /\brule:\s*['"`]([A-Za-z0-9_]+)['"`]/g,
  /registerDecorator\(\{[^}]*?name:\s*['"`]([A-Za-z0-9_]+)['"`]/gs,
];

describe('every rule the API sends is a known code', () => {
  const found = new Map<string, string>();
  for (const file of tsFiles(API_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const re of PATTERNS)
      for (const m of text.matchAll(re)) found.set(m[1]!, path.relative(API_SRC, file));
  }
  it('the scan finds the API rules (STALE_VERSION, PUBLICATION_EXISTS, notInFuture)', () =>
    expect([...found.keys()]).toEqual(
      expect.arrayContaining(['STALE_VERSION', 'PUBLICATION_EXISTS', 'notInFuture']),
    ));
  it.each([...found])('%s (%s) is a known rule code', (code) =>
    expect(isRuleCode(code)).toBe(true),
  );
});
