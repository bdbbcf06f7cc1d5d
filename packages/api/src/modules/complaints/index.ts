/**
 * Complaints: recording a complaint and moving it through the procedure (its journey), its timeline, lists and search.
 * What other modules, the app and the demo seeder may use; everything else in this folder is
 * the module's own (test/import-boundaries.test.ts).
 */
export { ComplaintEvent } from './complaint-event.entity';
export { ComplaintPoint } from './complaint-point.entity';
export { ComplaintStaffMember } from './complaint-staff-member.entity';
export { Complaint } from './complaint.entity';
export { Channel, ComplaintStatus, JourneyEventType, Outcome } from './complaint.enums';
export { FindingInput } from './step.inputs';
export { complaintById } from './complaint.loaders';
export { complaintResolvers } from './complaint.resolver';
export { refreshProjections } from './complaint.service';
export { Customer } from './customer.entity';
export { REFERENCE_NUMBER_SQL, REFERENCE_YEAR_SQL } from './reference';
export { COUNTS_AS_RECEIVED_SQL } from './first-contact.sql';
export { fromDomainEvent, loadTimelineSettings, projection, toDomainEvents } from './journey';
export {
  closurePayload,
  contactUpdatePayload,
  domainPayload,
  escalationPayload,
  extensionPayload,
  notePayload,
  pointsAgreedPayload,
  postClosureContactPayload,
  signOffPayload,
  spsoDecisionPayload,
  type ClosureExtras,
  type Payload,
} from './journey-payloads';
export { correctComplaint, voidComplaintStep } from './corrections.service';
export {
  ComplaintCorrectionInput,
  CorrectComplaintArgs,
  VoidComplaintStepArgs,
} from './corrections.inputs';
export { filteredRegister, sortRegister } from './complaint.queries';
export { ComplaintFilter } from './complaint-filter.inputs';
export { entityFromJson, readWithPage, type PageRelation } from './page-relations';
