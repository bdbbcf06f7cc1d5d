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
  });
  return true;
}
