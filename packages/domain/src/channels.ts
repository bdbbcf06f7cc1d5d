import { ChpRuleError } from './errors';

/** The ways a complaint can reach the organisation (docs/procedure.md, What every complaint records). */
export const CHANNELS = [
  'phone',
  'email',
  'letter',
  'in_person',
  'web_form',
  'social_media',
  'other',
] as const;
export type ComplaintChannel = (typeof CHANNELS)[number];

/**
 * Channels a new complaint may be recorded through. Social media is not one: the SPSO practice
 * note says complaints are not taken there; the customer is told how to complain
 * (docs/procedure.md, What every complaint records). Complaints recorded before keep the value.
 */
export const NEW_COMPLAINT_CHANNELS: readonly ComplaintChannel[] = CHANNELS.filter(
  (c) => c !== 'social_media',
);

/**
 * Throws CHANNEL_NOT_FOR_COMPLAINTS for a channel a new complaint may not be recorded through.
 *
 * @example
 * checkNewComplaintChannel('social_media') // throws CHANNEL_NOT_FOR_COMPLAINTS
 */
export function checkNewComplaintChannel(channel: string): void {
  if (!(NEW_COMPLAINT_CHANNELS as readonly string[]).includes(channel)) {
    throw new ChpRuleError(
      'CHANNEL_NOT_FOR_COMPLAINTS',
      'complaints are not taken through social media: tell the person how to complain',
      { field: 'channel' },
    );
  }
}
