import { displayDate } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../core/errors';
import { calendarError } from './calendar.errors';
import { ClosureDay, type ClosureReason } from './closure-day.entity';

/**
 * Writes one closure day row in the caller's transaction: CONFLICT (CLOSURE_DAY_EXISTS) when the
 * day is already one. Adding a day and previewing what it moves both go through here.
 */
export async function insertClosureDay(
  em: EntityManager,
  organisationId: string,
  day: { date: string; reason: ClosureReason; description: string },
  now: Date,
): Promise<ClosureDay> {
  const exists = await em.getRepository(ClosureDay).findOneBy({ organisationId, date: day.date });
  if (exists) throw calendarError('CLOSURE_DAY_EXISTS', `(${displayDate(day.date)})`);
  const row = em.getRepository(ClosureDay).create({
    organisationId,
    date: day.date,
    reason: day.reason,
    description: day.description.trim(),
    createdAt: now,
  });
  await em.getRepository(ClosureDay).insert(row);
  return row;
}

/** Deletes one closure day row in the caller's transaction: NOT_FOUND when there is none. */
export async function deleteClosureDay(
  em: EntityManager,
  organisationId: string,
  date: string,
): Promise<void> {
  const result = await em.getRepository(ClosureDay).delete({ organisationId, date });
  if (!result.affected) throw notFound('Closure day');
}
