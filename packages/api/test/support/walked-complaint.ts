import { expect } from 'vitest';
import type { World } from './world';

/**
 * The complaint one journey test walks through the procedure (complaint-journey.*.test.ts), and
 * the calls that read it and step it on: its detail with the timeline the API computes, its
 * stored complaint_event rows, and a step that must succeed and move the version on by one.
 */
export interface WalkedComplaint {
  id: string;
  version: number;
}

const TIMELINE = `
  fragment Stage on StageTimeline {
    dayOne dueOn extendedDueOn acknowledgeBy acknowledgedOn closedOn outcome workingDays withinTimescale
    status deadline workingDaysElapsed workingDaysRemaining transferred
  }`;
const DETAIL = `query($id: ID!) {
  complaint(id: $id) {
    id version reference status currentStage route escalatedAt escalationExceptionalCircumstances spsoDecision spsoDecidedOn
    journey { sequence type stage at details recordedBy { id } }
    points { id position description finding findingReason }
    timeline { stage1 { ...Stage } stage2 { ...Stage } nextUpdateDue escalationDeadline spsoDeadline }
  }
} ${TIMELINE}`;

export function walkCalls(world: () => World, c: WalkedComplaint) {
  const detail = async () => {
    const res = await world().gql<any>(DETAIL, { id: c.id }, world().org.people.handler);
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    return res.body.data.complaint;
  };
  const stored = async () =>
    world().db.dataSource.query(
      `SELECT sequence, type, stage, at, payload, recorded_by_id FROM complaint_event WHERE complaint_id = $1 ORDER BY sequence`,
      [c.id],
    );
  const run = async (
    mutation: string,
    variables: Record<string, unknown>,
    as = world().org.people.handler,
  ) => {
    const res = await world().gql<any>(
      mutation,
      { id: c.id, version: c.version, ...variables },
      as,
    );
    expect(res.body.errors, JSON.stringify(res.body.errors)).toBeUndefined();
    const field = Object.values(res.body.data)[0] as { version: number };
    expect(field.version).toBe(c.version + 1);
    c.version = field.version;
    return field;
  };
  return { detail, stored, run };
}
