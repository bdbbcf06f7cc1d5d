import type { DataSource } from 'typeorm';
import { loadById, loadLinked, loadManyByKey } from '../core/loaders';
import { Organisation } from '../modules/organisations/organisation.entity';
import { ClosureDay } from '../modules/calendar/closure-day.entity';
import { ServiceArea } from '../modules/people/service-area.entity';
import { Person } from '../modules/people/person.entity';
import { Customer } from '../modules/complaints/customer.entity';
import { ComplaintEvent } from '../modules/complaints/complaint-event.entity';
import { ComplaintPoint } from '../modules/complaints/complaint-point.entity';
import { Complaint } from '../modules/complaints/complaint.entity';
import { RootCause } from '../modules/learning/root-cause.entity';
import { ImprovementAction } from '../modules/learning/improvement-action.entity';
import { ImprovementActionProgress } from '../modules/learning/improvement-action-progress.entity';

/** One set per request (never shared), scoped to the organisations the viewer may see. */
export function createLoaders(ds: DataSource, organisationIds: string[]) {
  return {
    organisation: loadById(ds, Organisation, organisationIds, 'id'),
    serviceArea: loadById(ds, ServiceArea, organisationIds),
    person: loadById(ds, Person, organisationIds),
    customer: loadById(ds, Customer, organisationIds),
    rootCause: loadById(ds, RootCause, organisationIds),
    complaint: loadById(ds, Complaint, organisationIds),
    closureDaysByOrganisation: loadManyByKey(ds, ClosureDay, 'organisationId', organisationIds, {
      date: 'ASC',
    }),
    eventsByComplaint: loadManyByKey(ds, ComplaintEvent, 'complaintId', organisationIds, {
      sequence: 'ASC',
    }),
    pointsByComplaint: loadManyByKey(ds, ComplaintPoint, 'complaintId', organisationIds, {
      position: 'ASC',
    }),
    progressByAction: loadManyByKey(ds, ImprovementActionProgress, 'actionId', organisationIds, {
      recordedAt: 'ASC',
    }),
    rootCausesByComplaint: loadLinked(
      ds,
      RootCause,
      { table: 'complaint_root_cause', from: 'complaint_id', to: 'root_cause_id' },
      organisationIds,
      'name',
    ),
    actionsByComplaint: loadLinked(
      ds,
      ImprovementAction,
      { table: 'improvement_action_complaint', from: 'complaint_id', to: 'action_id' },
      organisationIds,
      'target_date',
    ),
    namedStaffByComplaint: loadLinked(
      ds,
      Person,
      { table: 'complaint_staff_member', from: 'complaint_id', to: 'person_id' },
      organisationIds,
      'name',
    ),
    complaintsByAction: loadLinked(
      ds,
      Complaint,
      { table: 'improvement_action_complaint', from: 'action_id', to: 'complaint_id' },
      organisationIds,
      'received_at',
    ),
    rootCausesByAction: loadLinked(
      ds,
      RootCause,
      { table: 'improvement_action_root_cause', from: 'action_id', to: 'root_cause_id' },
      organisationIds,
      'name',
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
