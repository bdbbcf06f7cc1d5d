import { Organisation, OrganisationGroup } from '../modules/organisations';
import { ClosureDay } from '../modules/calendar';
import { ServiceArea } from '../modules/people';
import { Person } from '../modules/people';
import { PersonSession } from '../modules/auth';
import { Customer } from '../modules/complaints';
import { Complaint } from '../modules/complaints';
import { ComplaintEvent } from '../modules/complaints';
import { ComplaintPoint } from '../modules/complaints';
import { ComplaintStaffMember } from '../modules/complaints';
import { RootCause } from '../modules/learning';
import { ImprovementAction } from '../modules/learning';
import { ImprovementActionProgress } from '../modules/learning';
import {
  ComplaintRootCause,
  ImprovementActionComplaint,
  ImprovementActionRootCause,
} from '../modules/learning';
import {
  Publication,
  PublicationItem,
  PublicationItemAction,
  PublicationReviewComment,
} from '../modules/publications';
import { BoardPack } from '../modules/board-packs';
import { AuditLog } from '../modules/audit';
import { ContactRestriction } from '../modules/restrictions';
import { ComplaintLetter, LetterTemplateRow } from '../modules/letters';
import { ApprovalRequest } from '../modules/work';
import {
  AlternativeResolution,
  EvidenceFile,
  InvestigationMeeting,
  InvestigationPlan,
  InvestigationReport,
} from '../modules/investigation';

import { SpsoRecommendation } from '../modules/spso';

/** Every TypeORM entity of the API. Tables come from migrations only. */
export const entities = [
  Organisation,
  OrganisationGroup,
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
  BoardPack,
  PublicationReviewComment,
  ContactRestriction,
  ComplaintLetter,
  LetterTemplateRow,
  ApprovalRequest,
  InvestigationPlan,
  InvestigationMeeting,
  AlternativeResolution,
  EvidenceFile,
  InvestigationReport,
  SpsoRecommendation,
];
