import { Organisation } from '../modules/organisations/organisation.entity';
import { ClosureDay } from '../modules/calendar/closure-day.entity';
import { ServiceArea } from '../modules/people/service-area.entity';
import { Person } from '../modules/people/person.entity';
import { PersonSession } from '../modules/auth/person-session.entity';
import { Customer } from '../modules/complaints/customer.entity';
import { Complaint } from '../modules/complaints/complaint.entity';
import { ComplaintEvent } from '../modules/complaints/complaint-event.entity';
import { ComplaintPoint } from '../modules/complaints/complaint-point.entity';
import { ComplaintStaffMember } from '../modules/complaints/complaint-staff-member.entity';
import { RootCause } from '../modules/learning/root-cause.entity';
import { ImprovementAction } from '../modules/learning/improvement-action.entity';
import { ImprovementActionProgress } from '../modules/learning/improvement-action-progress.entity';
import {
  ComplaintRootCause,
  ImprovementActionComplaint,
  ImprovementActionRootCause,
} from '../modules/learning/links.entity';
import {
  Publication,
  PublicationItem,
  PublicationItemAction,
} from '../modules/publications/publication.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';

/** Every TypeORM entity of the API. Tables come from migrations only. */
export const entities = [
  Organisation,
  ClosureDay,
  ServiceArea,
  Person,
  PersonSession,
  Customer,
  Complaint,
  ComplaintEvent,
  ComplaintPoint,
  ComplaintStaffMember,
  RootCause,
  ImprovementAction,
  ImprovementActionProgress,
  ComplaintRootCause,
  ImprovementActionComplaint,
  ImprovementActionRootCause,
  AuditLog,
  Publication,
  PublicationItem,
  PublicationItemAction,
];
