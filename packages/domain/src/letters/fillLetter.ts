import { tribunalSignpostingApplies } from '../tribunalSignposting';
import { TRIBUNAL_DEFAULT_WORDING } from '../spsoSignposting';
import type { IsoDate, Outcome } from '../types';
import { parseLetterText, type LetterBlock } from './letterBlocks';
import type { LetterKind } from './letterKinds';
import { LETTER_PLACEHOLDERS, type PlaceholderName } from './letterPlaceholders';

/** One point of complaint in a letter, with its finding once there is one (§42, §66). */
export interface LetterPoint {
  description: string;
  finding: 'upheld' | 'not_upheld' | null;
  reason: string | null;
}

/** What a letter is filled from: the record, the organisation's settings and the author's fields. */
export interface LetterData {
  /** The day the letter is written. */
  letterDate: IsoDate;
  /**
   * Whom the letter is to: the customer, or their representative where one is recorded (the
   * caller decides; docs/procedure.md, Responses and letters).
   */
  customerName: string | null;
  reference: string;
  organisationName: string;
  /** The organisation's sector: the Tribunal text is for housing (§74). */
  sector: string;
  /** The day the stage's complaint was received (stage 1 day one, or the escalation's). */
  receivedOn: IsoDate | null;
  /** The stage's due date (the one the customer was last given). */
  dueOn: IsoDate | null;
  /** Extension letters: the new date and why (§27, §61). */
  newDueOn?: IsoDate | null;
  extensionReason?: string | null;
  complaintSummary?: string | null;
  outcomeSought?: string | null;
  outcome?: Outcome | null;
  /** The reasons for the decision (§31), written by the author. */
  reasons?: string | null;
  /** An apology where things went wrong (§66; the SPSO's guidance on apology). Blank: none. */
  apology?: string | null;
  /** A resolved complaint confirms the agreed action instead of a finding per point (§67). */
  agreedAction?: string | null;
  /** The named member of staff the customer may contact (§66). */
  contactName: string | null;
  points: readonly LetterPoint[];
  /** The organisation's SPSO text (§75; the SPSO's recommended wording by default). */
  spsoText: string;
  /** The organisation's Tribunal text, if it has its own (§74). */
  tribunalText?: string | null;
}

const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A date as a letter writes it.
 *
 * @example
 * letterDate('2026-03-02') // '2 March 2026'
 */
export function letterDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${LONG_MONTHS[(m ?? 1) - 1]} ${y}`;
}

const OUTCOME_WORDS: Record<Outcome, string> = {
  resolved: 'resolved',
  upheld: 'upheld',
  partially_upheld: 'partially upheld',
  not_upheld: 'not upheld',
};

/** What the author still has to write: the letter cannot be sent while one is left (see checkLetterToSend). */
export const TO_WRITE = '[to write:';
const toWrite = (what: string) => `${TO_WRITE} ${what}]`;
const given = (s: string | null | undefined): s is string =>
  typeof s === 'string' && s.trim() !== '';
/** Keeps a value from starting a heading or a list item, or breaking into paragraphs. */
const inline = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
const prose = (s: string) => s.trim().replace(/\n[ \t]*\n+/g, '\n\n');

/** The value of each placeholder; block values may hold several paragraphs, or nothing. */
function values(kind: LetterKind, data: LetterData): Record<PlaceholderName, string> {
  const contact = given(data.contactName) ? inline(data.contactName) : toWrite('the named contact');
  const date = (d: IsoDate | null | undefined, what: string) => (d ? letterDate(d) : toWrite(what));
  const numbered = data.points.map((p, i) => `Point ${i + 1}: ${inline(p.description)}`);
  const findings =
    data.outcome === 'resolved'
      ? // §67: a resolved complaint confirms the resolution instead of a decision on every point
        `We agreed with you to resolve your complaint as follows: ${given(data.agreedAction) ? inline(data.agreedAction) : toWrite('the action agreed with you')}`
      : data.points.length === 0
        ? toWrite('what you looked at and what you found')
        : data.points
            .map((p, i) => {
              const finding = p.finding
                ? `We have ${p.finding === 'upheld' ? 'upheld' : 'not upheld'} this point.`
                : toWrite('the finding on this point');
              const reason = given(p.reason) ? ` ${inline(p.reason)}` : '';
              return `- ${numbered[i]}. ${finding}${reason}`;
            })
            .join('\n');
  // §42–43: set out the points and outcomes sought, or say we will contact the customer to agree them
  const pointsToInvestigate =
    data.points.length > 0
      ? [
          'We understand that your complaint is about the following points:',
          numbered.map((p) => `- ${p}`).join('\n'),
          given(data.outcomeSought)
            ? `You told us that you would like: ${inline(data.outcomeSought)}`
            : '',
          'If we have not understood your complaint correctly, or the outcome you are looking for, please get in touch with us straight away.',
        ]
          .filter((s) => s !== '')
          .join('\n\n')
      : `We will contact you to discuss your complaint, so that we agree the points we will investigate and the outcome you are looking for.`;
  const tribunal =
    kind === 'stage2_final_response' && tribunalSignpostingApplies(data.sector, 2)
      ? [
          '# The First-tier Tribunal',
          prose(given(data.tribunalText) ? data.tribunalText : TRIBUNAL_DEFAULT_WORDING),
        ].join('\n\n')
      : '';
  const spso = kind === 'stage2_final_response' ? spsoBlock(data.spsoText) : '';
  return {
    letterDate: letterDate(data.letterDate),
    customerName: given(data.customerName) ? inline(data.customerName) : toWrite('the name'),
    reference: inline(data.reference),
    organisationName: inline(data.organisationName),
    receivedOn: date(data.receivedOn, 'the date received'),
    dueOn: date(data.dueOn, 'the due date'),
    newDueOn: date(data.newDueOn, 'the new date'),
    extensionReason: given(data.extensionReason)
      ? prose(data.extensionReason)
      : toWrite('why you need more time'),
    complaintSummary: given(data.complaintSummary)
      ? prose(data.complaintSummary)
      : toWrite('what the complaint is about'),
    outcome: data.outcome ? OUTCOME_WORDS[data.outcome] : toWrite('the outcome'),
    reasons: given(data.reasons) ? prose(data.reasons) : toWrite('the reasons for your decision'),
    apology: given(data.apology) ? prose(data.apology) : '',
    contactName: contact,
    findings,
    pointsToInvestigate,
    // §31: the customer may escalate to stage 2, and how (never the SPSO before stage 2)
    howToEscalate: `If you are not satisfied with our response, you can ask us to investigate your complaint at stage 2 of our complaints handling procedure. Please ask within six months of when you first knew of the problem, or within two months of this letter, whichever is later. You can ask in person, by phone, by e-mail or in writing: contact ${contact} and quote reference ${inline(data.reference)}.`,
    tribunalText: tribunal,
    spsoText: spso,
  };
}

/** §75: the SPSO text under its own heading (its first line, "Information about the SPSO", becomes the heading). */
function spsoBlock(text: string): string {
  const body = prose(text);
  const [first, ...rest] = body.split('\n\n');
  if (first && !first.includes('\n') && first.length < 80 && !first.startsWith('# '))
    return [`# ${first}`, ...rest].join('\n\n');
  return body;
}

/**
 * Fills a template for one kind of letter from the record: the letter's text, which the handler
 * may edit before sending. A placeholder the record cannot fill becomes "[to write: …]"; one that
 * does not belong to the kind (the SPSO text outside the final response, §75) is left out.
 *
 * @example
 * fillLetterText('stage1_response', 'Dear {{customerName}}', data) // 'Dear Ann Smith'
 */
export function fillLetterText(kind: LetterKind, template: string, data: LetterData): string {
  const v = values(kind, data);
  const filled = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const p = LETTER_PLACEHOLDERS[name as PlaceholderName];
    if (!p) return whole;
    if (p.kinds && !p.kinds.includes(kind)) return '';
    return v[name as PlaceholderName];
  });
  // a paragraph left empty (no apology, no Tribunal text) goes, and so does the gap it leaves
  return filled
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
    .join('\n\n');
}

/** {@link fillLetterText}, as blocks. */
export function fillLetter(kind: LetterKind, template: string, data: LetterData): LetterBlock[] {
  return parseLetterText(fillLetterText(kind, template, data));
}
