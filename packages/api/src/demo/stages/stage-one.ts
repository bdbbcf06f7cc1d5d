import {
  addDays,
  addWorkingDays,
  dayOne,
  escalationDeadline,
  isEscalationInTime,
  isWorkingDay,
  localDate,
} from '@chp/domain';
import { JourneyEventType } from '../../modules/complaints';
import { iso } from '../calendar';
import { escalationPayload, extensionPayload } from '../../modules/complaints';
import * as T from '../texts';
import { ESCALATE_AFTER, STAGE1_OUTCOMES } from '../weights';
import { closeStage } from './closure';
import type { Draft } from './context';

/**
 * Stage 1, frontline response (§26–34): a few are transferred to stage 2 while open (§29), a few
 * extended once by a manager to day 6–10 (§27); the rest closed, mostly by day 5, and some of
 * those escalated by the customer (§36), within the time limit or with exceptional circumstances.
 */
export function stageOne(d: Draft): void {
  const { rng, j, handler, atLocal, awareOn } = d;
  const { settings } = d.c;
  if (d.direct) return;
  const d1 = dayOne(d.receivedAt, settings);
  const dayN = (n: number) => addWorkingDays(d1, n - 1, settings);
  const r = rng.next();
  if (r < 0.03) {
    // transferred to stage 2 while open (§29: it will not be resolved at stage 1)
    const at = atLocal(dayN(rng.int(2, 5)));
    if (
      j.add(
        at,
        JourneyEventType.escalated,
        2,
        escalationPayload({ transfer: true, inTime: true, deadline: null }),
        handler.id,
        (x) => ({ type: 'escalated', at: x }),
      )
    ) {
      d.escalatedMs = j.lastMs;
      d.stage2 = true;
    }
  } else {
    let closeDay: number;
    if (r < 0.11) {
      // one extension agreed by a manager, to day 6–10 (§27)
      const to = rng.int(6, 10);
      const dueOn = dayN(to);
      j.add(
        atLocal(dayN(rng.int(3, 5))),
        JourneyEventType.extended,
        1,
        {},
        d.manager().id,
        (at) => ({ type: 'extended', at, stage: 1, dueOn }),
      );
      const last = j.steps[j.steps.length - 1]!;
      if (last.type === JourneyEventType.extended)
        last.payload = extensionPayload(
          { type: 'extended', at: iso(last.ms), stage: 1, dueOn },
          rng.pick(T.EXTENSION_REASONS_1),
          last.by,
        );
      closeDay = rng.chance(0.85) ? rng.int(5, to) : rng.int(to + 1, to + 4);
    } else {
      closeDay = rng.weighted([
        [1, 14],
        [2, 17],
        [3, 17],
        [4, 15],
        [5, 17],
        [6, 4],
        [7, 4],
        [8, 3],
        [9, 2],
        [10, 2],
        [rng.int(11, 16), 5],
      ]);
    }
    let closedOn = dayN(closeDay);
    if (rng.chance(0.02)) {
      // closed on a non-working day (a Saturday, a holiday): counts the working days up to it
      for (let d = addDays(closedOn, 1), i = 0; i < 7; d = addDays(d, 1), i++) {
        if (!isWorkingDay(d, settings)) {
          closedOn = d;
          break;
        }
      }
    }
    const outcome = rng.weighted(STAGE1_OUTCOMES);
    if (closeStage(d, 1, outcome, atLocal(closedOn), [], null)) {
      d.finalOutcome = outcome;
      const finalClosedOn = localDate(iso(j.lastMs));
      d.finalClosedOn = finalClosedOn;
      if (rng.chance(ESCALATE_AFTER[outcome])) {
        // the customer asks for stage 2: mostly within the time limit, a few later with exceptional circumstances
        const deadline = escalationDeadline({ awareOn, stageOneClosedOn: finalClosedOn });
        const requestedOn =
          rng.chance(0.06) && deadline
            ? addDays(deadline, rng.int(3, 45))
            : addDays(finalClosedOn, rng.int(1, 50));
        const inTime = isEscalationInTime(
          { awareOn, stageOneClosedOn: finalClosedOn },
          requestedOn,
        );
        if (!inTime) d.exceptional = rng.pick(T.EXCEPTIONAL_CIRCUMSTANCES);
        const payload = escalationPayload({
          transfer: false,
          inTime,
          deadline,
          exceptionalCircumstances: d.exceptional,
        });
        if (
          j.add(
            atLocal(requestedOn, rng.int(8 * 60, 20 * 60)),
            JourneyEventType.escalated,
            2,
            payload,
            handler.id,
            (x) => ({ type: 'escalated', at: x }),
          )
        ) {
          d.escalatedMs = j.lastMs;
          d.stage2 = true;
          // the request date is what the limit was checked against: keep them the same
          const step = j.steps[j.steps.length - 1]!;
          const actualOn = localDate(iso(step.ms));
          if (actualOn !== requestedOn) {
            const actualInTime = isEscalationInTime(
              { awareOn, stageOneClosedOn: finalClosedOn },
              actualOn,
            );
            d.exceptional = actualInTime
              ? null
              : (d.exceptional ?? rng.pick(T.EXCEPTIONAL_CIRCUMSTANCES));
            step.payload = escalationPayload({
              transfer: false,
              inTime: actualInTime,
              deadline,
              exceptionalCircumstances: d.exceptional,
            });
          }
        } else {
          d.exceptional = null;
        }
      }
    }
  }
}
