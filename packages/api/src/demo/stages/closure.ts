import {
  checkClosure,
  localDate,
  type ComplaintEvent as DomainEvent,
  type Outcome,
  type Stage,
} from '@chp/domain';
import { JourneyEventType } from '../../modules/complaints';
import { iso } from '../calendar';
import { closurePayload, type ClosureExtras } from '../../modules/complaints';
import * as T from '../texts';
import type { Draft } from './context';

/** The reasons a demo closure records (§31). */
const DEMO_REASONS: Record<Exclude<Outcome, 'resolved'>, string> = {
  upheld: 'We checked our records and agree that the service fell short of our standards.',
  partially_upheld:
    'We agree that part of what went wrong was our fault; the rest was outside our control.',
  not_upheld: 'We checked our records and found that the service was provided as promised.',
};

/**
 * Closes `stage` with `outcome` at `closedMs` (§31–34, §65–69): checked with the domain's
 * `checkClosure` first (a generator bug throws rather than storing an impossible closure), then
 * stored with the payload the API stores. False when the journey has reached "now".
 */
export function closeStage(
  d: Draft,
  stage: Stage,
  outcome: Outcome,
  closedMs: number,
  findings: ClosureExtras['findings'],
  signedOffById: string | null,
): boolean {
  const { rng, j, handler } = d;
  const closedOn = localDate(iso(Math.max(closedMs, j.lastMs)));
  const resolution =
    outcome === 'resolved'
      ? { agreedAction: rng.pick(T.AGREED_ACTIONS), customerAgreedOn: closedOn }
      : null;
  const tribunalCase = stage === 2 && T.TRIBUNAL_CATEGORIES.has(d.category);
  // §31–32, §69: the record of what was said; chosen without the random source, so the rest of
  // the generated data is unchanged
  const reasons = outcome === 'resolved' ? null : DEMO_REASONS[outcome];
  const communicatedBy = stage === 1 ? 'phone' : 'letter';
  const record = {
    stage,
    outcome,
    resolution,
    signOff: signedOffById ? { byId: signedOffById, empowered: true } : null,
    spsoSignposted: stage === 2,
    // the demo organisation is a housing association: the Tribunal applies at stage 2 (§74)
    sector: 'housing',
    tribunalCase,
    tribunalSignposted: tribunalCase,
    reasons,
    communicatedBy,
  };
  checkClosure(record);
  if (
    !j.add(closedMs, JourneyEventType.closed, stage, {}, handler.id, (at) => ({
      type: 'closed',
      at,
      stage,
      outcome,
    }))
  )
    return false;
  const step = j.steps[j.steps.length - 1]!;
  step.payload = closurePayload(step.domain as DomainEvent & { type: 'closed' }, {
    findings,
    resolution,
    spsoSignposted: stage === 2,
    tribunalCase,
    tribunalSignposted: tribunalCase,
    signedOffById,
    reasons,
    communicatedBy,
  });
  return true;
}
