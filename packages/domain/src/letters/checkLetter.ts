import { ChpRuleError } from '../errors';
import { TO_WRITE } from './fillLetter';
import type { LetterKind } from './letterKinds';
import { LETTER_PLACEHOLDERS, type PlaceholderName } from './letterPlaceholders';

/** The letter names the SPSO (§75 keeps it to the final response; §31: not before stage 2 is done). */
const NAMES_SPSO = /\bSPSO\b|Public Services Ombudsman/i;

/**
 * Throws the rule an organisation's template for `kind` breaks: empty, an unknown placeholder, a
 * placeholder that does not belong in the letter (the SPSO text outside the final response, §75),
 * or a required one left out (the SPSO text in the final response, §75; the right to escalate in
 * the stage 1 response, §31).
 */
export function checkLetterTemplate(kind: LetterKind, body: string): void {
  if (body.trim() === '')
    throw new ChpRuleError('LETTER_EMPTY', 'a letter template has some text', { field: 'body' });
  const used = new Set<string>();
  for (const m of body.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) {
    const name = m[1]!;
    const p = LETTER_PLACEHOLDERS[name as PlaceholderName];
    if (!p)
      throw new ChpRuleError('LETTER_UNKNOWN_PLACEHOLDER', `unknown placeholder {{${name}}}`, {
        field: 'body',
        placeholder: name,
      });
    if (p.kinds && !p.kinds.includes(kind))
      throw new ChpRuleError(
        'LETTER_PLACEHOLDER_NOT_FOR_KIND',
        `{{${name}}} does not belong in this letter${name === 'spsoText' ? ' (the SPSO text is for the final response only, §75)' : ''}`,
        { field: 'body', placeholder: name },
      );
    used.add(name);
  }
  if (kind === 'stage2_final_response' && !used.has('spsoText'))
    throw new ChpRuleError(
      'LETTER_SPSO_REQUIRED',
      'the final response carries the SPSO text (§75)',
      {
        field: 'body',
      },
    );
  if (kind === 'stage1_response' && !used.has('howToEscalate'))
    throw new ChpRuleError(
      'LETTER_ESCALATION_REQUIRED',
      'the stage 1 response tells the customer how to escalate to stage 2 (§31)',
      { field: 'body' },
    );
}

/**
 * Throws the rule a letter about to be sent breaks: something still to write ("[to write: …]"),
 * the SPSO named in a letter other than the final response (§31, §75), or a final response
 * without the SPSO (§75).
 */
export function checkLetterToSend(kind: LetterKind, text: string): void {
  if (text.trim() === '')
    throw new ChpRuleError('LETTER_EMPTY', 'the letter has no text', { field: 'text' });
  if (text.includes(TO_WRITE) || /\{\{\s*\w+\s*\}\}/.test(text))
    throw new ChpRuleError('LETTER_NOT_FINISHED', 'the letter still has parts to write', {
      field: 'text',
    });
  const namesSpso = NAMES_SPSO.test(text);
  if (kind === 'stage2_final_response' && !namesSpso)
    throw new ChpRuleError(
      'LETTER_SPSO_REQUIRED',
      'the final response carries the SPSO text (§75)',
      {
        field: 'text',
      },
    );
  if (kind !== 'stage2_final_response' && namesSpso)
    throw new ChpRuleError(
      'LETTER_SPSO_FINAL_ONLY',
      'only the final response signposts the SPSO (§31, §75)',
      { field: 'text' },
    );
}
