import type { EntityManager } from 'typeorm';

/**
 * Whoever must follow a change to an organisation's calendar (a closure day added or removed, a
 * new cut-off time). The complaints module follows it to refresh its projections (day one, due
 * dates); the app registers that listener (src/app/schema.ts), so calendar imports no module.
 */
export type CalendarChangeListener = (
  em: EntityManager,
  organisationId: string,
  aroundDate?: string,
) => Promise<unknown>;

const listeners: CalendarChangeListener[] = [];

export function onCalendarChange(listener: CalendarChangeListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

/** Runs every listener in the caller's transaction, in the order they registered. */
export async function calendarChanged(
  em: EntityManager,
  organisationId: string,
  aroundDate?: string,
): Promise<void> {
  for (const listener of listeners) await listener(em, organisationId, aroundDate);
}
