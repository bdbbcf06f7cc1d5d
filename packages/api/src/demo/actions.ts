import {
  addDays,
  isManager,
  isRole,
  applyActionStep,
  proposeAction,
  type ActionActor,
  type ActionRecord,
  type ActionStep,
} from '@chp/domain';
import {
  londonInstant,
  type ActionCandidate,
  type DemoPerson,
  type DemoRootCause,
  DEFAULT_TODAY,
} from './generator';
import { Random } from './random';
import * as T from './texts';

/**
 * Improvement actions for the demo data, each taken through its lifecycle by @chp/domain's
 * `proposeAction` / `applyActionStep` on the day of each step, so every stored action is one the
 * API could have recorded: authorised by a manager, owned by someone (managers, handlers, staff),
 * with a target date; some still proposed, some in progress, some overdue as of `today`, some
 * done, verified (effective or not) or cancelled; progress updates by their owners; plain-language
 * public summaries ("you said, we did").
 */

export interface ActionRow {
  organisation_id: string;
  id: string;
  title: string;
  description: string;
  service_area_id: string;
  owner_id: string;
  proposed_by_id: string;
  authorised_by_id: string | null;
  authorised_on: string | null;
  target_date: string;
  status: string;
  completed_on: string | null;
  completion_evidence: string | null;
  monitoring_until: string | null;
  effectiveness: string | null;
  effectiveness_note: string | null;
  verified_on: string | null;
  learning_shared: string | null;
  public_summary: string | null;
  cancelled_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}
export interface ActionProgressRow {
  organisation_id: string;
  id: string;
  action_id: string;
  author_id: string;
  note: string;
  recorded_at: string;
}
export interface ActionComplaintRow {
  organisation_id: string;
  action_id: string;
  complaint_id: string;
}
export interface ActionRootCauseRow {
  organisation_id: string;
  action_id: string;
  root_cause_id: string;
}

export interface ActionBatch {
  actions: ActionRow[];
  progress: ActionProgressRow[];
  complaints: ActionComplaintRow[];
  rootCauses: ActionRootCauseRow[];
}

export interface GenerateActionsOptions {
  seed: number;
  organisationId: string;
  /** Closed complaints to learn from (the generator's sample), in order of closure or receipt. */
  candidates: ActionCandidate[];
  people: DemoPerson[];
  rootCauses: DemoRootCause[];
  count: number;
  today?: string;
  stream?: number;
}

/** A manager by the domain's role rule (authorises and verifies actions). */
const managerRole = (role: string): boolean => isRole(role) && isManager(role);

export function generateActions(options: GenerateActionsOptions): ActionBatch {
  const today = options.today ?? DEFAULT_TODAY;
  const rng = new Random(options.seed, options.stream ?? 0, 0x4ac7);
  const { organisationId } = options;
  const out: ActionBatch = { actions: [], progress: [], complaints: [], rootCauses: [] };
  const managers = options.people.filter((p) => managerRole(p.role));
  const owners = options.people.filter((p) =>
    ['manager', 'senior_manager', 'handler', 'staff'].includes(p.role),
  );
  if (managers.length === 0 || owners.length === 0 || options.candidates.length === 0) return out;
  const causeName = new Map(options.rootCauses.map((c) => [c.id, c.name]));
  const similar = new Map<string, ActionCandidate[]>();
  for (const c of options.candidates) {
    const key = `${c.serviceAreaId}|${c.rootCauseId}`;
    similar.set(key, [...(similar.get(key) ?? []), c]);
  }
  const latest = addDays(today, -1);
  const usable = options.candidates.filter((c) => c.closedOn <= addDays(today, -3));
  if (usable.length === 0) return out;

  for (let n = 0; n < options.count; n++) {
    const anchor = rng.pick(usable);
    const proposedOn = minDate(addDays(anchor.closedOn, rng.int(3, 40)), latest);
    const owner = rng.weighted(
      owners.map((p) => [p, p.role === 'staff' ? 3 : p.role === 'handler' ? 2 : 1] as const),
    );
    const proposer = rng.pick(managers);
    const authoriser = rng.pick(managers);
    const asManager: ActionActor = { personId: authoriser.id, isManager: true };
    const asOwner: ActionActor = { personId: owner.id, isManager: managerRole(owner.role) };
    const targetDate = addDays(
      proposedOn,
      rng.weighted([
        [rng.int(21, 60), 40],
        [rng.int(61, 120), 40],
        [rng.int(121, 200), 20],
      ]),
    );
    const templates =
      T.ACTION_TEMPLATES[causeName.get(anchor.rootCauseId) ?? ''] ?? T.GENERIC_ACTION;
    const template = rng.pick(templates);
    const id = rng.uuid7(londonInstant(proposedOn, 10 * 60));

    let record: ActionRecord = proposeAction({ ownerId: owner.id, targetDate }, proposedOn);
    let version = 1;
    let updatedOn = proposedOn;
    const step = (s: ActionStep, actor: ActionActor, on: string): boolean => {
      if (on > today) return false;
      record = applyActionStep(record, s, actor, on); // a generator bug throws the rule it breaks
      version++;
      updatedOn = on;
      return true;
    };
    // how far this one gets: stalled ones stay open past their target date (overdue)
    const stalled = rng.chance(0.18);
    const cancel = !stalled && rng.chance(0.06);
    const progressNotes: { on: string; note: string }[] = [];
    const authorisedOn = addDays(proposedOn, rng.int(1, 14));
    if (rng.chance(0.92) && step({ type: 'authorise' }, asManager, authorisedOn)) {
      const updates = rng.int(stalled ? 0 : 1, 3);
      let on = authorisedOn;
      for (let i = 0; i < updates; i++) {
        on = addDays(on, rng.int(7, 35));
        const note = rng.pick(T.PROGRESS_NOTES);
        if (!step({ type: 'progress', note }, asOwner, on)) break;
        progressNotes.push({ on, note });
      }
      if (cancel) {
        step(
          { type: 'cancel', reason: rng.pick(T.CANCEL_REASONS) },
          asManager,
          addDays(updatedOn, rng.int(5, 40)),
        );
      } else if (!stalled) {
        const completedOn = maxDate(
          addDays(
            targetDate,
            rng.weighted([
              [-rng.int(0, 25), 75],
              [rng.int(1, 40), 25],
            ]),
          ),
          updatedOn,
        );
        const monitoringUntil = rng.chance(0.6) ? addDays(completedOn, rng.int(30, 120)) : null;
        const learningShared = rng.chance(0.7) ? rng.pick(T.LEARNING_SHARED) : null;
        if (
          step(
            {
              type: 'complete',
              evidence: rng.pick(T.EVIDENCE),
              completedOn,
              monitoringUntil,
              learningShared,
            },
            asOwner,
            completedOn,
          )
        ) {
          if (rng.chance(0.75)) {
            const effectiveness = rng.weighted([
              ['effective', 65],
              ['partly_effective', 25],
              ['not_effective', 10],
            ] as const);
            const verifyOn =
              effectiveness === 'not_effective' || !monitoringUntil
                ? addDays(completedOn, rng.int(14, 60))
                : addDays(monitoringUntil, rng.int(0, 21));
            step(
              { type: 'verify', effectiveness, note: rng.pick(T.EFFECT_NOTES[effectiveness]!) },
              asManager,
              verifyOn,
            );
          }
        }
      }
    }
    const published =
      record.status === 'done' ||
      record.status === 'verified' ||
      (record.status === 'in_progress' && rng.chance(0.3));

    out.actions.push({
      organisation_id: organisationId,
      id,
      title: template.title,
      description: template.description,
      service_area_id: anchor.serviceAreaId,
      owner_id: record.ownerId,
      proposed_by_id: proposer.id,
      authorised_by_id: record.authorisedById ?? null,
      authorised_on: record.authorisedOn ?? null,
      target_date: record.targetDate,
      status: record.status,
      completed_on: record.completedOn ?? null,
      completion_evidence: record.completionEvidence ?? null,
      monitoring_until: record.monitoringUntil ?? null,
      effectiveness: record.effectiveness ?? null,
      effectiveness_note: record.effectivenessNote ?? null,
      verified_on: record.verifiedOn ?? null,
      learning_shared: record.learningShared ?? null,
      public_summary: published ? template.publicSummary : null,
      cancelled_reason: record.cancelledReason ?? null,
      version,
      created_at: new Date(londonInstant(proposedOn, 10 * 60)).toISOString(),
      updated_at: new Date(londonInstant(updatedOn, 15 * 60)).toISOString(),
    });
    for (const p of progressNotes) {
      out.progress.push({
        organisation_id: organisationId,
        id: rng.uuid7(londonInstant(p.on, 11 * 60)),
        action_id: id,
        author_id: owner.id,
        note: p.note,
        recorded_at: new Date(londonInstant(p.on, rng.int(9 * 60, 17 * 60))).toISOString(),
      });
    }
    const linked = new Set([anchor.complaintId]);
    for (const c of rng.sample(
      similar.get(`${anchor.serviceAreaId}|${anchor.rootCauseId}`) ?? [],
      rng.int(0, 4),
    )) {
      if (c.closedOn <= proposedOn) linked.add(c.complaintId);
    }
    for (const complaintId of linked)
      out.complaints.push({
        organisation_id: organisationId,
        action_id: id,
        complaint_id: complaintId,
      });
    out.rootCauses.push({
      organisation_id: organisationId,
      action_id: id,
      root_cause_id: anchor.rootCauseId,
    });
  }
  return out;
}

const minDate = (a: string, b: string): string => (a < b ? a : b);
const maxDate = (a: string, b: string): string => (a > b ? a : b);
