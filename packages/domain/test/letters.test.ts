import { describe, expect, it } from 'vitest';
import {
  checkClosure,
  checkLetterTemplate,
  checkLetterToSend,
  DEFAULT_LETTER_TEMPLATES,
  fillLetter,
  fillLetterText,
  LETTER_KINDS,
  letterText,
  parseLetterText,
  spsoRecommendedWording,
  TRIBUNAL_DEFAULT_WORDING,
  type LetterData,
  type LetterKind,
} from '../src';
import { codeOf } from './helpers';

const spsoText = spsoRecommendedWording({ organisationName: 'Clyde Homes', sector: 'housing' });
const data: LetterData = {
  letterDate: '2026-03-16',
  customerName: 'Ann Smith',
  reference: 'CH-2026-0042',
  organisationName: 'Clyde Homes',
  sector: 'housing',
  receivedOn: '2026-03-02',
  dueOn: '2026-03-27',
  complaintSummary: 'The repair to the boiler was not done.',
  outcomeSought: 'The boiler fixed this week.',
  outcome: 'partially_upheld',
  reasons: 'The engineer missed two appointments; the part was on order.',
  apology: 'We are sorry that we missed two appointments. That was our fault.',
  contactName: 'Jo Brown',
  points: [
    { description: 'Missed appointments', finding: 'upheld', reason: 'Two were missed.' },
    { description: 'Rude engineer', finding: 'not_upheld', reason: 'No evidence of this.' },
  ],
  spsoText,
  tribunalText: null,
};
const fill = (kind: LetterKind, d: Partial<LetterData> = {}) =>
  fillLetterText(kind, DEFAULT_LETTER_TEMPLATES[kind], { ...data, ...d });

describe('the SPSO text is on the final response only (§75)', () => {
  it('the stage 2 final response carries the SPSO text', () =>
    expect(fill('stage2_final_response')).toContain('Scottish Public Services Ombudsman'));
  it.each(LETTER_KINDS.filter((k) => k !== 'stage2_final_response'))(
    'the %s does not mention the SPSO',
    (kind) => expect(fill(kind)).not.toMatch(/SPSO|Ombudsman/),
  );
  it('a stage 1 template using {{spsoText}} fills nothing there (§75)', () =>
    expect(fillLetterText('stage1_response', 'Hello\n\n{{spsoText}}', data)).toBe('Hello'));
  it("the SPSO text's first line becomes a heading of the final response", () =>
    expect(
      fillLetter('stage2_final_response', DEFAULT_LETTER_TEMPLATES.stage2_final_response, data),
    ).toContainEqual({
      type: 'heading',
      text: 'Information about the SPSO',
    }));
});

describe('the First-tier Tribunal text, housing organisations only (§74)', () => {
  it('a housing final response carries the default Tribunal text', () =>
    expect(fill('stage2_final_response')).toContain(TRIBUNAL_DEFAULT_WORDING));
  it("a housing organisation's own Tribunal text replaces the default", () =>
    expect(fill('stage2_final_response', { tribunalText: 'Our own tribunal words.' })).toContain(
      'Our own tribunal words.',
    ));
  it('a council final response has no Tribunal text', () =>
    expect(fill('stage2_final_response', { sector: 'local_authority' })).not.toContain('Tribunal'));
  it('a housing stage 1 response has no Tribunal text', () =>
    expect(fill('stage1_response')).not.toContain('Tribunal'));
});

describe('the final response answers every point with its finding (§66–67)', () => {
  it('every point is listed with its finding and reason', () => {
    const text = fill('stage2_final_response');
    expect(text).toContain(
      '- Point 1: Missed appointments. We have upheld this point. Two were missed.',
    );
    expect(text).toContain(
      '- Point 2: Rude engineer. We have not upheld this point. No evidence of this.',
    );
  });
  it('a point without a finding is left to write, so the letter cannot be sent', () => {
    const text = fill('stage2_final_response', {
      points: [{ description: 'Missed appointments', finding: null, reason: null }],
    });
    expect(text).toContain('[to write: the finding on this point]');
    expect(codeOf(() => checkLetterToSend('stage2_final_response', text))).toBe(
      'LETTER_NOT_FINISHED',
    );
  });
  it('a resolved complaint confirms the agreed action instead (§67)', () => {
    const text = fill('stage2_final_response', {
      outcome: 'resolved',
      agreedAction: 'A new boiler on 20 March.',
    });
    expect(text).toContain(
      'We agreed with you to resolve your complaint as follows: A new boiler on 20 March.',
    );
    expect(text).not.toContain('Point 1');
  });
  it('the outcome is written in words', () =>
    expect(fill('stage2_final_response')).toContain('your complaint is partially upheld'));
});

describe('the stage 1 response (§31)', () => {
  it('gives the reasons for the decision', () =>
    expect(fill('stage1_response')).toContain('The engineer missed two appointments'));
  it('tells the customer how to escalate to stage 2, with the reference', () =>
    expect(fill('stage1_response')).toMatch(
      /investigate your complaint at stage 2.*quote reference CH-2026-0042/,
    ));
  it('with no reasons yet, leaves them to write', () =>
    expect(fill('stage1_response', { reasons: '' })).toContain(
      '[to write: the reasons for your decision]',
    ));
  it('an empty apology leaves no gap (§66: an apology only where things went wrong)', () => {
    const text = fill('stage1_response', { apology: '  ' });
    expect(text).not.toContain('sorry that we missed');
    expect(text).not.toMatch(/\n\n\n/);
  });
  it('dates are written as a letter writes them', () =>
    expect(fill('stage1_response')).toMatch(/^16 March 2026\n\nDear Ann Smith/));
});

describe('the stage 2 acknowledgement sets out the points or says we will agree them (§42–43)', () => {
  it('with agreed points: lists them, the outcome sought, and asks to hear if wrong (§42)', () => {
    const text = fill('stage2_acknowledgement');
    expect(text).toContain('- Point 1: Missed appointments\n- Point 2: Rude engineer');
    expect(text).toContain('You told us that you would like: The boiler fixed this week.');
    expect(text).toContain('please get in touch with us straight away');
  });
  it('without points: says we will contact the customer to agree them (§43)', () =>
    expect(fill('stage2_acknowledgement', { points: [] })).toContain(
      'We will contact you to discuss your complaint',
    ));
});

describe('the extension letters give the reasons and the new date (§27, §61)', () => {
  it.each(['stage1_extension', 'stage2_extension'] as const)('%s', (kind) => {
    const text = fill(kind, {
      newDueOn: '2026-04-10',
      extensionReason: 'The engineer is on leave.',
    });
    expect(text).toContain('The engineer is on leave.');
    expect(text).toContain('10 April 2026');
  });
});

describe('an organisation edits its templates', () => {
  it('the defaults pass the template checks', () => {
    for (const kind of LETTER_KINDS)
      expect(codeOf(() => checkLetterTemplate(kind, DEFAULT_LETTER_TEMPLATES[kind]))).toBe(
        'NO_ERROR',
      );
  });
  it('a final response template without the SPSO text is refused (§75)', () =>
    expect(
      codeOf(() => checkLetterTemplate('stage2_final_response', 'Dear {{customerName}}')),
    ).toBe('LETTER_SPSO_REQUIRED'));
  it('the SPSO text in a stage 1 template is refused (§75)', () =>
    expect(
      codeOf(() => checkLetterTemplate('stage1_response', '{{howToEscalate}}\n\n{{spsoText}}')),
    ).toBe('LETTER_PLACEHOLDER_NOT_FOR_KIND'));
  it('a stage 1 template without the right to escalate is refused (§31)', () =>
    expect(codeOf(() => checkLetterTemplate('stage1_response', 'Dear {{customerName}}'))).toBe(
      'LETTER_ESCALATION_REQUIRED',
    ));
  it('an unknown placeholder is refused', () =>
    expect(codeOf(() => checkLetterTemplate('stage1_extension', 'Dear {{custmerName}}'))).toBe(
      'LETTER_UNKNOWN_PLACEHOLDER',
    ));
  it('an empty template is refused', () =>
    expect(codeOf(() => checkLetterTemplate('stage1_extension', '  '))).toBe('LETTER_EMPTY'));
});

describe('a letter about to be sent (§31, §75)', () => {
  it('a finished stage 1 response may be sent', () =>
    expect(codeOf(() => checkLetterToSend('stage1_response', fill('stage1_response')))).toBe(
      'NO_ERROR',
    ));
  it('a stage 1 response naming the SPSO is refused (§31)', () =>
    expect(codeOf(() => checkLetterToSend('stage1_response', 'You can go to the SPSO.'))).toBe(
      'LETTER_SPSO_FINAL_ONLY',
    ));
  it('a final response with the SPSO text taken out is refused (§75)', () =>
    expect(codeOf(() => checkLetterToSend('stage2_final_response', 'Our decision: upheld.'))).toBe(
      'LETTER_SPSO_REQUIRED',
    ));
});

describe('the letter text and its blocks', () => {
  it('headings, paragraphs with line breaks and lists read back the same', () => {
    const text = '# Title\n\nLine one\nLine two\n\n- a\n- b';
    expect(parseLetterText(text)).toEqual([
      { type: 'heading', text: 'Title' },
      { type: 'paragraph', text: 'Line one\nLine two' },
      { type: 'list', items: ['a', 'b'] },
    ]);
    expect(letterText(parseLetterText(text))).toBe(text);
  });
  it('a reason written by the author cannot start a heading inside a list item', () =>
    expect(
      fill('stage2_final_response', {
        points: [{ description: 'A\n# B', finding: 'upheld', reason: 'C' }],
      }),
    ).toContain('- Point 1: A # B. We have upheld this point. C'));
});

describe('closing a stage records what was said (§31–32, §65–69)', () => {
  const stage1 = { stage: 1 as const, outcome: 'upheld' as const };
  const signOff = { byId: 'mgr-1', empowered: true };
  const stage2 = { stage: 2 as const, outcome: 'upheld' as const, spsoSignposted: true, signOff };
  it('stage 1 without the reasons for the decision is refused (§31)', () =>
    expect(codeOf(() => checkClosure({ ...stage1, reasons: ' ', communicatedBy: 'phone' }))).toBe(
      'CLOSURE_REASONS_REQUIRED',
    ));
  it('stage 1 without how it was communicated is refused (§31–32)', () =>
    expect(
      codeOf(() => checkClosure({ ...stage1, reasons: 'Because.', communicatedBy: null })),
    ).toBe('CLOSURE_COMMUNICATION_REQUIRED'));
  it('stage 1 given face to face with reasons is accepted (§31)', () =>
    expect(
      codeOf(() => checkClosure({ ...stage1, reasons: 'Because.', communicatedBy: 'in_person' })),
    ).toBe('NO_ERROR'));
  it('stage 1 resolved needs the agreed action, not separate reasons (§31)', () =>
    expect(
      codeOf(() =>
        checkClosure({
          stage: 1,
          outcome: 'resolved',
          resolution: { agreedAction: 'Repair booked', customerAgreedOn: '2026-03-04' },
          reasons: null,
          communicatedBy: 'phone',
        }),
      ),
    ).toBe('NO_ERROR'));
  it('stage 1 with its response letter recorded as sent needs nothing more (§32)', () =>
    expect(
      codeOf(() =>
        checkClosure({ ...stage1, reasons: null, communicatedBy: null, responseSent: true }),
      ),
    ).toBe('NO_ERROR'));
  it('an unknown way of communicating is refused', () =>
    expect(
      codeOf(() => checkClosure({ ...stage1, reasons: 'Because.', communicatedBy: 'pigeon' })),
    ).toBe('INVALID_RESPONSE_METHOD'));
  it('stage 2 without the final response recorded is refused (§69)', () =>
    expect(codeOf(() => checkClosure({ ...stage2, communicatedBy: null }))).toBe(
      'CLOSURE_COMMUNICATION_REQUIRED',
    ));
  it('stage 2 with the final response letter sent is accepted (§65, §69)', () =>
    expect(
      codeOf(() => checkClosure({ ...stage2, communicatedBy: null, responseSent: true })),
    ).toBe('NO_ERROR'));
  it('stage 2 given by phone and recorded is accepted (§65: the preferred method)', () =>
    expect(codeOf(() => checkClosure({ ...stage2, communicatedBy: 'phone' }))).toBe('NO_ERROR'));
});
