import { addDays } from '@chp/domain';
import { JourneyEventType, spsoDecisionPayload } from '../../modules/complaints';
import * as T from '../texts';
import type { Draft } from './context';

/** The SPSO's decision on a few complaints closed at stage 2 (Part 4, Recording complaints). */
export function spsoDecision(d: Draft): { decision: string; decidedOn: string } | null {
  const { rng, j, handler, atLocal, finalClosedOn, finalOutcome } = d;
  let spso: { decision: string; decidedOn: string } | null = null;
  if (
    finalClosedOn &&
    d.stage2 &&
    finalOutcome &&
    j.steps.at(-1)?.type === JourneyEventType.closed &&
    rng.chance(0.1)
  ) {
    const decidedOn = addDays(finalClosedOn, rng.int(40, 300));
    const decision = rng.weighted(T.SPSO_DECISIONS);
    if (
      decidedOn <= d.c.today &&
      j.add(
        atLocal(addDays(decidedOn, rng.int(0, 7))),
        JourneyEventType.spso_decision,
        2,
        spsoDecisionPayload(decision, decidedOn),
        handler.id,
      )
    ) {
      spso = { decision, decidedOn };
    }
  }
  return spso;
}
