import type { DataSource } from 'typeorm';
import { addDays, type Period } from '@chp/domain';
import type { Organisation, OrganisationGroup } from '../organisations';
import type { IndicatorFigures } from './analytics.types';
import type { GroupFigures, MonthFigures } from './group-figures.types';
import { indicatorFigures, reportingPeriod } from './indicators.queries';
import { previousPeriod } from './period';

/** A trend shows at most this many months: the period's last ones. */
export const MAX_TREND_MONTHS = 24;

const monthLabel = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The calendar months of a period (the first and last cut to the period), the last 24 at most. */
export function monthsOf(period: { from: string; to: string }): Period[] {
  const months: Period[] = [];
  let from = period.from;
  while (from <= period.to) {
    const [y, m] = from.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    const to = addDays(next, -1) < period.to ? addDays(next, -1) : period.to;
    months.push({ kind: 'range', from, to, label: monthLabel(from) });
    from = next;
  }
  return months.slice(-MAX_TREND_MONTHS);
}

/** The group's population: the members' sum when every member counts the same thing. */
function groupPopulation(members: Organisation[]) {
  const label = members[0]?.populationLabel ?? null;
  const same = members.every((m) => m.population != null && m.populationLabel === label);
  return same && members.length > 0
    ? { population: members.reduce((n, m) => n + m.population!, 0), populationLabel: label }
    : { population: null, populationLabel: null };
}

const month = (f: IndicatorFigures): MonthFigures => ({
  period: f.period,
  received: f.received,
  closed: f.closed,
});

/**
 * A group's figures: the SPSO indicators of the period and the previous one, and the monthly
 * trend, for the group (one statement over every member's indicator_day rows) and for each member.
 */
export async function groupFigures(
  ds: DataSource,
  group: OrganisationGroup,
  members: Organisation[],
  period: Period,
): Promise<GroupFigures> {
  const periods = [period, previousPeriod(period), ...monthsOf(period)];
  const [total, totalPrevious, ...totalMonths] = await indicatorFigures(
    ds,
    members.map((m) => m.id),
    periods,
    groupPopulation(members),
  );
  const perMember = [];
  for (const organisation of members) {
    const [current, previous, ...months] = await indicatorFigures(
      ds,
      organisation.id,
      periods,
      organisation,
    );
    perMember.push({
      organisation,
      current: current!,
      previous: previous!,
      months: months.map(month),
    });
  }
  return {
    group,
    period: reportingPeriod(period),
    total: total!,
    totalPrevious: totalPrevious!,
    totalMonths: totalMonths.map(month),
    members: perMember,
  };
}
