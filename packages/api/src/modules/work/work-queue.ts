import {
  dueSoonLimit,
  effectReviewDueOn,
  hasSupportNeeds,
  inWorkQueue,
  nextStageTwoUpdateDue,
  sortWorkItems,
  workingDaysLeft,
  workItemUrgency,
  workQueueKinds,
  type CalendarSettings,
  type Role,
  type WorkItem,
  type WorkItemUrgency,
} from '@chp/domain';
import type { EntityManager } from 'typeorm';
import {
  actionsToWork,
  openComplaintsToWork,
  pendingRequests,
  publicationsToReview,
  type OpenComplaintRow,
  updatesSent,
} from './work.queries';

/** Whose queue: a member of staff of one organisation, with their role. */
export interface QueueOwner {
  personId: string;
  organisationId: string;
  role: Role;
}

/** One item of a queue, with what the dashboard (or a reminder) needs to name it and link to it. */
export interface QueueItem extends WorkItem {
  urgency: WorkItemUrgency;
  /** Working days left (negative: overdue); null without a due date. */
  workingDaysLeft: number | null;
  /** The dashboard's page for it, e.g. `/complaints/<id>`. */
  link: string;
  complaintId: string | null;
  /** The complaint's reference: never the customer's name or contact details. */
  reference: string | null;
  complaintVersion: number | null;
  /** The complaint's customer has support needs or adjustments recorded (SPSO practice note: accessibility); null for others. */
  supportNeeds: boolean | null;
  actionId: string | null;
  publicationId: string | null;
  /** The action's or publication's title. */
  title: string | null;
  requestId: string | null;
  /** An extension request: the date asked for and why. */
  requestedDueOn: string | null;
  requestReason: string | null;
}

const blank = {
  complaintId: null,
  reference: null,
  complaintVersion: null,
  supportNeeds: null,
  actionId: null,
  publicationId: null,
  title: null,
  requestId: null,
  requestedDueOn: null,
  requestReason: null,
};

const complaintItem = (
  kind: QueueItem['kind'],
  dueOn: string | null,
  c: Pick<OpenComplaintRow, 'id' | 'reference' | 'version' | 'support'>,
) => ({
  ...blank,
  kind,
  dueOn,
  key: c.reference,
  link: `/complaints/${c.id}`,
  complaintId: c.id,
  reference: c.reference,
  complaintVersion: c.version,
  supportNeeds: c.support !== null && hasSupportNeeds(c.support),
});

/** Candidates from one open complaint: its acknowledgement, response and §62 update. */
function fromComplaint(c: OpenComplaintRow, settings: CalendarSettings) {
  const items = [];
  if (c.current_stage === 2 && c.stage2_acknowledged_on === null && c.stage2_acknowledge_by)
    items.push(complaintItem('acknowledge_stage_two', c.stage2_acknowledge_by, c));
  if (c.deadline) items.push(complaintItem('respond', c.deadline, c));
  if (c.current_stage === 2 && c.stage2_due_on) {
    const updates = updatesSent(c);
    const stage2 = {
      dueOn: c.stage2_due_on,
      extendedDueOn: c.stage2_extended_due_on,
      closedOn: null,
    };
    const next = nextStageTwoUpdateDue(stage2, updates, settings);
    if (next) items.push(complaintItem('stage_two_update', next, c));
  }
  return items;
}

/** A queue: its first items, most urgent first, and how many wait of each kind (all of them). */
export interface Queue {
  items: QueueItem[];
  total: number;
  /** Kinds in the order their first item comes in the queue; kinds with none left out. */
  counts: { kind: QueueItem['kind']; count: number }[];
}

/**
 * What waits for `owner` as of `today`, most urgent first (docs/procedure.md, Work queues): four
 * statements at most, whatever the number of items. The rules are @chp/domain's; the SQL only
 * narrows the rows to those that can be due. With `first`, only the first `first` items are
 * worked out and returned (the counts stay exact): the kinds that build up with the organisation
 * (actions to authorise, effects to review) are counted in SQL and read only as far as they can
 * reach the first items, so the queue costs the same at any size. Reminders may build on it.
 */
export async function workQueueFor(
  em: EntityManager,
  owner: QueueOwner,
  today: string,
  settings: CalendarSettings,
  first: number | null = null,
): Promise<Queue> {
  const kinds = new Set(workQueueKinds(owner.role));
  const limit = dueSoonLimit(today, settings);
  const manager = kinds.has('approve_extension');
  const requestKinds = [
    ...(kinds.has('approve_extension') ? ['extension'] : []),
    ...(kinds.has('sign_off') ? ['sign_off'] : []),
  ];
  const [complaints, requests, actions, publications] = await Promise.all([
    kinds.has('respond')
      ? openComplaintsToWork(em, owner.organisationId, owner.personId, manager, limit)
      : [],
    pendingRequests(em, owner.organisationId, requestKinds),
    kinds.has('my_action') || manager
      ? actionsToWork(
          em,
          owner.organisationId,
          owner.personId,
          kinds.has('my_action'),
          manager,
          limit,
          today,
          first,
        )
      : [],
    kinds.has('review_publication')
      ? publicationsToReview(em, owner.organisationId, owner.personId)
      : [],
  ]);
  /** Kinds counted in SQL, where only their first rows were read. */
  const countedInSql = new Map<QueueItem['kind'], number>();
  for (const a of actions) if (a.waiting !== null) countedInSql.set(a.kind, a.waiting);
  const candidates: Omit<QueueItem, 'urgency' | 'workingDaysLeft'>[] = [
    ...complaints.flatMap((c) => fromComplaint(c, settings)),
    ...requests.map((r) => ({
      ...complaintItem(r.kind === 'extension' ? 'approve_extension' : 'sign_off', r.deadline, r),
      link: `/complaints/${r.complaint_id}`,
      complaintId: r.complaint_id,
      requestId: r.id,
      requestedDueOn: r.due_on,
      requestReason: r.reason,
    })),
    ...actions.map((a) => ({
      ...blank,
      kind: a.kind,
      dueOn: a.kind === 'review_effect' ? effectReviewDueOn(actionRecord(a)) : a.target_date,
      key: `${a.title} ${a.id}`,
      link: `/actions/${a.id}`,
      actionId: a.id,
      title: a.title,
    })),
    ...publications.map((p) => ({
      ...blank,
      kind: 'review_publication' as const,
      dueOn: null,
      key: `${p.updated_at.toISOString()} ${p.id}`,
      link: `/publications/${p.id}`,
      publicationId: p.id,
      title: p.title,
    })),
  ];
  const waiting = sortWorkItems(
    candidates.filter((i) => kinds.has(i.kind) && inWorkQueue(i.kind, i.dueOn, today, settings)),
  );
  const counts = new Map<QueueItem['kind'], number>();
  for (const i of waiting)
    counts.set(i.kind, countedInSql.get(i.kind) ?? (counts.get(i.kind) ?? 0) + 1);
  const shown = first === null ? waiting : waiting.slice(0, first);
  return {
    items: shown.map((i) => ({
      ...i,
      urgency: workItemUrgency(today, i.dueOn, settings),
      workingDaysLeft: i.dueOn === null ? null : workingDaysLeft(today, i.dueOn, settings),
    })),
    total: [...counts.values()].reduce((a, b) => a + b, 0),
    counts: [...counts].map(([kind, count]) => ({ kind, count })),
  };
}

const actionRecord = (a: {
  status: string;
  completed_on: string | null;
  monitoring_until: string | null;
}) => ({
  status: a.status as 'done',
  completedOn: a.completed_on,
  monitoringUntil: a.monitoring_until,
});
