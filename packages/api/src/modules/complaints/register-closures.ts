import type { SelectQueryBuilder } from 'typeorm';
import { badInput, ruleText } from '../../core/errors';
import type { Complaint } from './complaint.entity';
import { ClosureBucket, type ComplaintFilter } from './complaint-filter.inputs';

/**
 * The complaints one indicator figure counts, by the figure's own rule: a closure in a bucket
 * (stage 1; stage 2 direct; stage 2 after escalation), by the local date of that closure, with
 * that closure's outcome, within its timescale or not, extended or not (docs/procedure.md, SPSO
 * performance indicators, rows B, C, E and F; row D averages the closures of row B). The same
 * columns as the `indicator_day` summary the figures are read from, so the list's total is the
 * figure. A complaint closed at stage 1 and again at stage 2 is in both buckets, as it is counted.
 */
export function applyClosureFilter(
  q: SelectQueryBuilder<Complaint>,
  filter: ComplaintFilter,
): void {
  const bucket = filter.closedAt;
  if (!bucket) return;
  const stage = bucket === ClosureBucket.stage1 ? 1 : 2;
  const closedOn = `c.stage${stage}_closed_on`;
  q.andWhere(`${closedOn} IS NOT NULL`);
  if (bucket === ClosureBucket.stage2_direct) q.andWhere(`c.route = 'stage2_direct'`);
  if (bucket === ClosureBucket.stage2_escalated) q.andWhere(`c.route <> 'stage2_direct'`);
  if (filter.closedFrom)
    q.andWhere(`${closedOn} >= :closedFrom`, { closedFrom: filter.closedFrom });
  if (filter.closedTo) q.andWhere(`${closedOn} <= :closedTo`, { closedTo: filter.closedTo });
  if (filter.closureOutcome)
    q.andWhere(`c.stage${stage}_outcome = :closureOutcome`, {
      closureOutcome: filter.closureOutcome,
    });
  if (filter.closedWithinTimescale != null)
    q.andWhere(`c.stage${stage}_within_timescale = :closedWithinTimescale`, {
      closedWithinTimescale: filter.closedWithinTimescale,
    });
  if (filter.closedExtended != null)
    q.andWhere(`(c.stage${stage}_extended_due_on IS NOT NULL) = :closedExtended`, {
      closedExtended: filter.closedExtended,
    });
}

/** The closure period, outcome, timescale and extension say which closure only with a bucket; a period ends after it starts. */
export function checkClosureFilter(filter: ComplaintFilter): void {
  if (
    !filter.closedAt &&
    (filter.closedFrom ||
      filter.closedTo ||
      filter.closureOutcome ||
      filter.closedWithinTimescale != null ||
      filter.closedExtended != null)
  )
    throw badInput(
      'closedAt',
      'required',
      ruleText('required', 'Choose the stage whose closures to list.', { field: 'closedAt' }),
    );
  if (filter.closedFrom && filter.closedTo && filter.closedTo < filter.closedFrom)
    throw badInput(
      'closedTo',
      'notBeforeFrom',
      ruleText('notBeforeFrom', undefined, { field: 'closedTo' }),
    );
}
