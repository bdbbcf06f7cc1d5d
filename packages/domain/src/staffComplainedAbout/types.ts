/** What of the complaint was shared with a member of staff complained about (§48). */
export const STAFF_SHARING = ['in_full', 'summary', 'nothing'] as const;
export type StaffSharing = (typeof STAFF_SHARING)[number];

/** How a member of staff was told or updated (§48, §62). */
export const STAFF_CONTACT_METHODS = [
  'in_person',
  'phone',
  'video_call',
  'email',
  'letter',
] as const;
export type StaffContactMethod = (typeof STAFF_CONTACT_METHODS)[number];
