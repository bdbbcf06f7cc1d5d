import type { Outcome } from '@chp/domain';

/** How often each channel, preference and outcome occurs in the demo data. */
export const CHANNELS_WEEKDAY: readonly (readonly [string, number])[] = [
  ['phone', 38],
  ['email', 24],
  ['web_form', 20],
  ['in_person', 8],
  ['letter', 5],
  ['social_media', 4],
  ['other', 1],
];
export const CHANNELS_CLOSED_DAY: readonly (readonly [string, number])[] = [
  ['web_form', 45],
  ['email', 40],
  ['social_media', 12],
  ['other', 3],
];
export const PREFERRED: readonly (readonly [string, number])[] = [
  ['email', 40],
  ['phone', 40],
  ['letter', 15],
  ['in_person', 5],
];

export const STAGE1_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['resolved', 28],
  ['upheld', 22],
  ['partially_upheld', 18],
  ['not_upheld', 32],
];
export const STAGE2_OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ['resolved', 8],
  ['upheld', 22],
  ['partially_upheld', 32],
  ['not_upheld', 38],
];
/** Share of stage 1 closures the customer asks to escalate, by outcome (about 12% overall). */
export const ESCALATE_AFTER: Record<Outcome, number> = {
  resolved: 0.03,
  upheld: 0.08,
  partially_upheld: 0.16,
  not_upheld: 0.2,
};
