import { In, type EntityManager } from 'typeorm';
import { Complaint } from './complaint.entity';
import { ComplaintEvent } from './complaint-event.entity';
import { loadTimelineSettings, projection, toDomainEvents } from './journey';

/**
 * Recomputes the stored deadline columns after the organisation's calendar settings changed
 * (a closure day added or removed, a new cut-off time), with the same `projection()` the
 * lifecycle mutations use. With `aroundDate`, only complaints whose journey can include that
 * date are read (received by then, and open or closed on or after it); without, all of them.
 * Works in batches, so a large organisation never sits in memory. Returns how many changed.
 */
export async function refreshProjections(
  em: EntityManager,
  organisationId: string,
  aroundDate?: string,
): Promise<number> {
  const settings = await loadTimelineSettings(em, organisationId);
  let changed = 0;
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    // a day's margin either side: day one and local dates can move across midnight UTC
    const ids: { id: string }[] = await em.query(
      `SELECT id FROM complaint
        WHERE organisation_id = $1 AND id > $2
          AND ($3::date IS NULL OR (received_at < ($3::date + 2)::timestamptz
               AND (status = 'open' OR greatest(stage1_closed_on, stage2_closed_on) >= $3::date - 1)))
        ORDER BY id LIMIT 1000`,
      [organisationId, after, aroundDate ?? null],
    );
    if (ids.length === 0) return changed;
    after = ids[ids.length - 1]!.id;
    const batch = ids.map((r) => r.id);
    const complaints = await em
      .getRepository(Complaint)
      .find({ where: { organisationId, id: In(batch) } });
    const rows = await em.getRepository(ComplaintEvent).find({
      where: { organisationId, complaintId: In(batch) },
      order: { complaintId: 'ASC', sequence: 'ASC' },
    });
    const byComplaint = new Map<string, ComplaintEvent[]>();
    for (const row of rows) {
      const list = byComplaint.get(row.complaintId);
      if (list) list.push(row);
      else byComplaint.set(row.complaintId, [row]);
    }
    for (const c of complaints) {
      const next = projection(toDomainEvents(byComplaint.get(c.id) ?? []), settings);
      const differs = (Object.keys(next) as (keyof typeof next)[]).some((k) => next[k] !== c[k]);
      if (!differs) continue;
      await em.getRepository(Complaint).update({ organisationId, id: c.id }, next);
      changed++;
    }
  }
}
