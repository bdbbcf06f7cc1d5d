import {
  addDays,
  isWorkingDay,
  previousQuarter,
  quarterOf,
  quarterRange,
  type IsoDate,
} from '@chp/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { NewMessage, OrganisationMail, QuarterlyIndicatorDetails } from '../mail';
import { indicatorFigures } from './indicators.queries';
import { resolvePeriod } from './period';

/** The first working day of the quarter `today` is in. */
function firstWorkingDayOfQuarter(today: IsoDate, organisation: OrganisationMail): IsoDate {
  let day = quarterRange(quarterOf(today)).from;
  while (!isWorkingDay(day, organisation.calendar)) day = addDays(day, 1);
  return day;
}

/**
 * On the first working day after a quarter ends, each senior manager's message with the SPSO
 * indicators A-F of the quarter just closed, from the query the indicators page uses
 * (docs/procedure.md, Reminders and e-mail). Its day is the quarter's last day, so it is written
 * once per quarter and person however often the run repeats.
 */
export async function quarterlyIndicatorMessages(
  em: EntityManager,
  organisation: OrganisationMail,
  today: IsoDate,
): Promise<NewMessage[]> {
  if (today !== firstWorkingDayOfQuarter(today, organisation)) return [];
  const seniors: { id: string }[] = await em.query(
    `SELECT id FROM person WHERE organisation_id = $1 AND active AND role = 'senior_manager' ORDER BY id`,
    [organisation.id],
  );
  if (seniors.length === 0) return [];
  const quarter = previousQuarter(quarterOf(today));
  const period = resolvePeriod({ quarter });
  const [facts]: { population: number | null; populationLabel: string | null }[] = await em.query(
    `SELECT population, population_label AS "populationLabel" FROM organisation WHERE id = $1`,
    [organisation.id],
  );
  const [figures] = await indicatorFigures(
    em as unknown as DataSource,
    organisation.id,
    [period],
    facts!,
  );
  const details: QuarterlyIndicatorDetails & Record<string, unknown> = {
    ...figures!,
    label: period.label,
    from: period.from,
    to: period.to,
  };
  return seniors.map((s) => ({
    personId: s.id,
    reason: 'quarterly_indicators' as const,
    subjectId: organisation.id,
    day: period.to,
    linkPath: `/indicators?period=quarter:${quarter}`,
    details,
  }));
}
