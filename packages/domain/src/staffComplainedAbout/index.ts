/**
 * Staff complained about (§25, §33, §37, §48, §62, §68; the SPSO practice note on supporting
 * staff): who may investigate, who may support them, what they were told. The §62 updates owed
 * to them are counted by `nextStageTwoUpdateDue`.
 */
export {
  STAFF_CONTACT_METHODS,
  STAFF_SHARING,
  type StaffContactMethod,
  type StaffSharing,
} from './types';
export { assertInvestigatorNotNamed } from './investigatorNotNamed';
export { assertSupportContactApart, type SupportContactPeople } from './supportContact';
export { assertStaffTold, type StaffTold } from './staffTold';
