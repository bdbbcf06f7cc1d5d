import type { LetterKind } from './letterKinds';

export type PlaceholderName =
  | 'letterDate'
  | 'customerName'
  | 'reference'
  | 'organisationName'
  | 'receivedOn'
  | 'dueOn'
  | 'newDueOn'
  | 'extensionReason'
  | 'complaintSummary'
  | 'outcome'
  | 'reasons'
  | 'apology'
  | 'contactName'
  | 'findings'
  | 'pointsToInvestigate'
  | 'howToEscalate'
  | 'tribunalText'
  | 'spsoText';

/**
 * What a template may use, with what each is filled from; `kinds` limits a placeholder to the
 * letters it belongs in (for the "Letter templates" page and {@link checkLetterTemplate}).
 */
export const LETTER_PLACEHOLDERS: Record<
  PlaceholderName,
  { label: string; kinds?: readonly LetterKind[] }
> = {
  letterDate: { label: "The letter's date" },
  customerName: { label: 'The customer (or their representative)' },
  reference: { label: "The complaint's reference" },
  organisationName: { label: "The organisation's name" },
  receivedOn: { label: 'The day the complaint was received at this stage' },
  dueOn: { label: 'The response date the customer was given' },
  newDueOn: {
    label: 'The new response date',
    kinds: ['stage1_extension', 'stage2_extension'],
  },
  extensionReason: {
    label: 'Why more time is needed (§27, §61)',
    kinds: ['stage1_extension', 'stage2_extension'],
  },
  complaintSummary: { label: 'What the complaint is about' },
  outcome: {
    label: 'The outcome: resolved, upheld, partially upheld or not upheld',
    kinds: ['stage1_response', 'stage2_final_response'],
  },
  reasons: {
    label: 'The reasons for the decision (§31, §66)',
    kinds: ['stage1_response', 'stage2_final_response'],
  },
  apology: {
    label: 'The apology, where things went wrong (§66)',
    kinds: ['stage1_response', 'stage2_final_response'],
  },
  contactName: { label: 'The named member of staff to contact (§66)' },
  findings: {
    label: 'Each point of complaint with its finding, or the resolution agreed (§66–67)',
    kinds: ['stage2_final_response'],
  },
  pointsToInvestigate: {
    label:
      'The points and outcome sought, or that we will contact the customer to agree them (§42–43)',
    kinds: ['stage2_acknowledgement'],
  },
  howToEscalate: {
    label: 'The right to ask for a stage 2 investigation, and how (§31)',
    kinds: ['stage1_response'],
  },
  tribunalText: {
    label: 'The First-tier Tribunal text, for housing organisations (§74)',
    kinds: ['stage2_final_response'],
  },
  spsoText: {
    label: "The SPSO's wording: on the final response only (§75)",
    kinds: ['stage2_final_response'],
  },
};
