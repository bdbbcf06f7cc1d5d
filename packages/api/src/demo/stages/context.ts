import type { Outcome, TimelineSettings } from '@chp/domain';
import type { Journey } from '../journey-builder';
import type { Random } from '../random';
import type { ComplaintBatch, DemoPerson, DemoRootCause, DemoServiceArea, PointRow } from '../rows';
import type { Staff } from '../staff-pool';
import type * as T from '../texts';

export interface AreaInfo {
  area: DemoServiceArea;
  profile: T.AreaProfile;
  causes: (readonly [DemoRootCause, number])[];
}

/** One complaint to generate: where and when it is received, and the day's random stream. */
export interface ComplaintContext {
  rng: Random;
  organisationId: string;
  settings: TimelineSettings;
  staff: Staff;
  nowMs: number;
  today: string;
  receivedMs: number;
  receivedOn: string;
  working: boolean;
  reference: string;
  area: AreaInfo;
  candidateShare: number;
}

/**
 * A complaint under construction, passed from stage builder to stage builder in the order of the
 * procedure (recording, stage 1, stage 2, SPSO, rows). Each builder draws from `rng` in the same
 * order the single function did, so the same seed gives the same rows.
 */
export interface Draft {
  c: ComplaintContext;
  batch: ComplaintBatch;
  rng: Random;
  id: string;
  receivedAt: string;
  category: string;
  channel: string;
  serious: boolean;
  /** Received straight at stage 2 (§36). */
  direct: boolean;
  awareOn: string | null;
  handler: DemoPerson;
  /** A manager for a step that needs one (extension). */
  manager: () => DemoPerson;
  bodies: readonly string[];
  customerId: string | null;
  namedStaff: DemoPerson | null;
  j: Journey;
  /** A random second of `minutes` (default: office hours) on a date, London time. */
  atLocal: (date: string, minutes?: number) => number;
  escalatedMs: number | null;
  exceptional: string | null;
  finalOutcome: Outcome | null;
  finalClosedOn: string | null;
  pointRows: PointRow[];
  stage2: boolean;
}
