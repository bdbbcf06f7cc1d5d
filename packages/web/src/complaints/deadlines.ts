import { withPerson } from '@chp/domain';
import type { DateExplanation, StageTimeline, Timeline } from './types';

export interface DeadlineRow {
  label: string;
  date: string;
  /** 'done' when the step was taken, 'due' for what is still ahead, 'info' otherwise */
  kind: 'done' | 'due' | 'info';
  note?: string;
  /** "Why this date?" from the domain, for the dates a rule gives */
  why?: DateExplanation;
}

type Explained = DateExplanation['what'];

function stageRows(
  n: 1 | 2,
  s: StageTimeline,
  open: boolean,
  why: (what: Explained, date: string) => DateExplanation | undefined,
): DeadlineRow[] {
  const rows: DeadlineRow[] = [
    { label: `Stage ${n} day one`, date: s.dayOne, kind: 'info', why: why('day_one', s.dayOne) },
  ];
  if (s.acknowledgeBy) {
    rows.push({
      label: 'Acknowledge by (day 3)',
      date: s.acknowledgeBy,
      kind: s.acknowledgedOn ? 'info' : 'due',
      why: why('acknowledge_by', s.acknowledgeBy),
    });
    if (s.acknowledgedOn)
      rows.push({ label: 'Acknowledged', date: s.acknowledgedOn, kind: 'done' });
  }
  rows.push({
    label: `Stage ${n} due (day ${n === 1 ? 5 : 20})`,
    date: s.dueOn,
    kind: s.closedOn || s.transferred || s.extendedDueOn ? 'info' : 'due',
    why: why('due', s.dueOn),
  });
  if (s.extendedDueOn)
    rows.push({
      label: `Stage ${n} extended to`,
      date: s.extendedDueOn,
      kind: s.closedOn || s.transferred ? 'info' : 'due',
      why: why('extended_due', s.extendedDueOn),
    });
  if (s.closedOn) {
    rows.push({
      label: `Stage ${n} closed`,
      date: s.closedOn,
      kind: 'done',
      note:
        s.workingDays !== null
          ? `${s.workingDays} working day${s.workingDays === 1 ? '' : 's'}${s.withinTimescale ? ', within timescale' : ', outside timescale'}`
          : undefined,
    });
  } else if (open && s.workingDaysRemaining !== null) {
    const left = s.workingDaysRemaining;
    rows[rows.length - 1]!.note =
      left < 0
        ? `${-left} working day${left === -1 ? '' : 's'} overdue`
        : s.status === 'overdue'
          ? 'overdue'
          : left === 0
            ? 'due today'
            : `${left} working day${left === 1 ? '' : 's'} left`;
  }
  return rows;
}

/**
 * Every deadline of a complaint, in the order they fall: day one, acknowledge-by, due and
 * extended dates of each stage, the next update due (extended stage 2), the escalation deadline
 * and the SPSO deadline. All dates come from the API's timeline (computed by @chp/domain), each
 * with the domain's explanation when it has one for that very date.
 */
export function deadlineRows(
  t: Timeline,
  status: 'open' | 'closed',
  person?: string,
): DeadlineRow[] {
  const whyAt =
    (stage: number | null) =>
    (what: Explained, date: string): DateExplanation | undefined =>
      t.explanations.find((e) => e.what === what && e.stage === stage && e.resultDate === date);
  const rows: DeadlineRow[] = [];
  if (t.stage1) rows.push(...stageRows(1, t.stage1, status === 'open' && !t.stage2, whyAt(1)));
  if (t.stage1?.transferred)
    rows.push({
      label: 'Stage 1 transferred to stage 2',
      date: t.stage2?.dayOne ?? t.stage1.dayOne,
      kind: 'done',
    });
  if (t.escalationDeadline)
    rows.push({
      label: 'Last day to ask for stage 2',
      date: t.escalationDeadline,
      kind: 'info',
      note: '§36: later requests need exceptional circumstances',
      why: whyAt(null)('escalation_limit', t.escalationDeadline),
    });
  if (t.stage2) rows.push(...stageRows(2, t.stage2, status === 'open', whyAt(2)));
  if (t.nextUpdateDue)
    rows.push({
      label: withPerson('Next update to the {person} due', person),
      date: t.nextUpdateDue,
      kind: 'due',
      note: '§62: every 20 working days while extended',
      why: whyAt(2)('update_due', t.nextUpdateDue),
    });
  if (t.spsoDeadline)
    rows.push({
      label: 'Last day to go to the SPSO',
      date: t.spsoDeadline,
      kind: 'info',
      note: withPerson(
        'the last day of the 12 months beginning with the day the {person} knew (§75)',
        person,
      ),
      why: whyAt(null)('spso_limit', t.spsoDeadline),
    });
  return rows;
}
