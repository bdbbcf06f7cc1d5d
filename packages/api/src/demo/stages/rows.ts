import { ComplaintStatus, JourneyEventType } from '../../modules/complaints';
import { projection } from '../../modules/complaints';
import { iso } from '../calendar';
import * as T from '../texts';
import type { Draft } from './context';

/**
 * The finished complaint as rows: its root causes (and, for some upheld ones, a candidate for an
 * improvement action), the complaint row with the projection columns computed by the API's own
 * `projection()` (which folds the journey with @chp/domain and throws on any illegal step), its
 * events and its points of complaint.
 */
export function complaintRows(
  d: Draft,
  spso: { decision: string; decidedOn: string } | null,
): void {
  const { rng, j, batch, c, id, finalClosedOn, finalOutcome, pointRows } = d;
  const { organisationId, settings } = c;
  const p = projection(j.domain, settings);
  const closed = p.status === ComplaintStatus.closed || p.stage1ClosedOn !== null;
  const causes: string[] = [];
  if ((closed && rng.chance(0.85)) || (!closed && rng.chance(0.1))) {
    const first = rng.weighted(c.area.causes);
    causes.push(first.id);
    if (rng.chance(0.2)) {
      const second = rng.weighted(c.area.causes);
      if (second.id !== first.id) causes.push(second.id);
    }
  }
  for (const rootCauseId of causes)
    batch.rootCauses.push({
      organisation_id: organisationId,
      complaint_id: id,
      root_cause_id: rootCauseId,
    });
  if (
    finalClosedOn &&
    causes.length > 0 &&
    (finalOutcome === 'upheld' || finalOutcome === 'partially_upheld') &&
    rng.chance(c.candidateShare)
  ) {
    batch.candidates.push({
      complaintId: id,
      serviceAreaId: c.area.area.id,
      rootCauseId: causes[0]!,
      closedOn: finalClosedOn,
      outcome: finalOutcome,
    });
  }

  const lastAt = iso(j.lastMs);
  const escalatedStep = j.steps.find((s) => s.type === JourneyEventType.escalated);
  batch.complaints.push({
    organisation_id: organisationId,
    id,
    reference: c.reference,
    customer_id: d.customerId,
    received_at: d.receivedAt,
    aware_on: d.awareOn,
    channel: d.channel,
    service_area_id: c.area.area.id,
    category: d.category,
    summary: `${rng.pick(T.SUMMARY_OPENERS)} ${rng.pick(d.bodies)}.`,
    outcome_sought: rng.pick(T.OUTCOMES_SOUGHT),
    serious: d.serious,
    about_named_staff: d.namedStaff !== null,
    handler_id: d.handler.id,
    route: p.route,
    current_stage: p.currentStage,
    status: p.status,
    stage1_day_one: p.stage1DayOne,
    stage1_due_on: p.stage1DueOn,
    stage1_extended_due_on: p.stage1ExtendedDueOn,
    stage1_closed_on: p.stage1ClosedOn,
    stage1_outcome: p.stage1Outcome,
    stage1_working_days: p.stage1WorkingDays,
    stage1_within_timescale: p.stage1WithinTimescale,
    escalated_at: escalatedStep ? iso(escalatedStep.ms) : null,
    escalation_exceptional_circumstances: escalatedStep
      ? ((escalatedStep.payload['exceptionalCircumstances'] as string | undefined) ?? null)
      : null,
    stage2_day_one: p.stage2DayOne,
    stage2_due_on: p.stage2DueOn,
    stage2_extended_due_on: p.stage2ExtendedDueOn,
    stage2_acknowledge_by: p.stage2AcknowledgeBy,
    stage2_acknowledged_on: p.stage2AcknowledgedOn,
    stage2_closed_on: p.stage2ClosedOn,
    stage2_outcome: p.stage2Outcome,
    stage2_working_days: p.stage2WorkingDays,
    stage2_within_timescale: p.stage2WithinTimescale,
    spso_decision: spso?.decision ?? null,
    spso_decided_on: spso?.decidedOn ?? null,
    version: j.steps.length,
    created_at: d.receivedAt,
    updated_at: lastAt,
  });
  j.steps.forEach((s, i) => {
    const at = iso(s.ms);
    batch.events.push({
      organisation_id: organisationId,
      complaint_id: id,
      sequence: i + 1,
      type: s.type,
      at,
      stage: s.stage,
      payload: s.payload,
      recorded_by_id: s.by,
      recorded_at: at,
    });
  });
  // points exist once agreed; findings only once stage 2 closed on them
  for (const row of pointRows) batch.points.push(row);
}
