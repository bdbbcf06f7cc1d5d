import { assertIsoDate } from './internal/dates';
import { nextUpdateDue } from './nextUpdateDue';
import type { CalendarSettings, IsoDate, StageTimeline } from './types';

type StageTwo = Pick<StageTimeline, 'dueOn' | 'extendedDueOn' | 'closedOn'>;

/** The updates sent on a stage 2, counted apart for the customer and each named member of staff (§62). */
export interface StageTwoUpdatesSent {
  customer: readonly IsoDate[];
  staff: readonly { personId: string; updatesSentOn: readonly IsoDate[] }[];
}

/** When each is owed their next update (§62); `next` is the earliest of them. */
export interface StageTwoUpdatesOwed {
  customer: IsoDate;
  staff: { personId: string; dueOn: IsoDate }[];
  next: IsoDate;
}

const nextAfter = (stage2: StageTwo, sent: readonly IsoDate[], settings?: CalendarSettings) => {
  for (const d of sent) assertIsoDate(d, 'updatesSentOn');
  return nextUpdateDue([stage2.dueOn, ...sent].sort().at(-1)!, settings);
};

/**
 * §62 and the practice note: while a stage 2 is extended the customer and each member of staff
 * complained about are each owed an update at least every 20 working days beyond the original
 * day 20. An update to the customer is not an update to the staff, nor the other way round: each
 * is counted on its own. Null when stage 2 is not extended or is closed.
 *
 * @example
 * stageTwoUpdatesOwed(extended, { customer: ['2026-05-20'], staff: [{ personId: 'p', updatesSentOn: [] }] }).staff[0].dueOn
 * // 20 working days after day 20: the staff member's update is owed though the customer was updated
 */
export function stageTwoUpdatesOwed(
  stage2: StageTwo,
  updates: StageTwoUpdatesSent,
  settings?: CalendarSettings,
): StageTwoUpdatesOwed | null {
  if (stage2.extendedDueOn === null || stage2.closedOn !== null) return null;
  const customer = nextAfter(stage2, updates.customer, settings);
  const staff = updates.staff.map((s) => ({
    personId: s.personId,
    dueOn: nextAfter(stage2, s.updatesSentOn, settings),
  }));
  const next = [customer, ...staff.map((s) => s.dueOn)].sort()[0]!;
  return { customer, staff, next };
}

/**
 * When the next update is due on an extended stage 2 that is still open (§62): 20 working days
 * after day 20 or after the latest update sent, whichever is later. Given the updates of the
 * customer and of each member of staff apart ({@link StageTwoUpdatesSent}), the earliest owed to
 * any of them; given a list of dates, the customer's. Null when stage 2 is not extended or is
 * closed.
 *
 * @example
 * nextStageTwoUpdateDue({ ...stage2, dueOn: '2026-04-27', extendedDueOn: '2026-06-30', closedOn: null }, ['2026-05-01'])
 * // 20 working days after 1 May, skipping the May bank holidays
 */
export function nextStageTwoUpdateDue(
  stage2: StageTwo,
  updatesSentOn: readonly IsoDate[] | StageTwoUpdatesSent,
  settings?: CalendarSettings,
): IsoDate | null {
  const updates: StageTwoUpdatesSent = Array.isArray(updatesSentOn)
    ? { customer: updatesSentOn as readonly IsoDate[], staff: [] }
    : (updatesSentOn as StageTwoUpdatesSent);
  return stageTwoUpdatesOwed(stage2, updates, settings)?.next ?? null;
}
