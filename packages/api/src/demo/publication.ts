import { localDate } from '@chp/domain';
import type { DataSource } from 'typeorm';
import type { ChpContext } from '../core/context';
import { LoaderCache } from '../core/loaders';
import type { Viewer } from '../core/viewer';
import type { Role } from '../core/role';
import { PublicationKind } from '../modules/publications';
import {
  addPublicationItem,
  approvePublication,
  createPublication,
  publishPublication,
  submitPublication,
  updatePublication,
} from '../modules/publications';

/** The last calendar quarter that has ended by `today`: '2026-Q3' on 23 November 2026. */
export function lastCompleteQuarter(today: string): {
  quarter: string;
  from: string;
  to: string;
  months: string;
} {
  const year = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3); // 0 when today is in Q1: last year's Q4
  const [y, n] = q === 0 ? [year - 1, 4] : [year, q];
  const first = (n - 1) * 3 + 1;
  const month = (m: number) =>
    new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  const to = new Date(Date.UTC(y, first + 2, 0)).toISOString().slice(0, 10);
  return {
    quarter: `${y}-Q${n}`,
    from: `${y}-${String(first).padStart(2, '0')}-01`,
    to,
    months: `${month(first)} to ${month(first + 2)} ${y}`,
  };
}

/** "You told us X. We did Y." → the two halves; a summary that does not start that way is all "we did". */
export function splitPublicSummary(summary: string): { youSaid: string; weDid: string } {
  const m = /^(You told us[^.]*\.)\s+(.+)$/s.exec(summary.trim());
  if (m) return { youSaid: m[1]!, weDid: m[2]! };
  return { youSaid: 'You told us about this in your complaints.', weDid: summary.trim() };
}

async function demoViewer(
  ds: DataSource,
  organisationId: string,
  email: string,
): Promise<Viewer | null> {
  const [p] = await ds.query<{ id: string; name: string; role: Role }[]>(
    `SELECT id, name, role FROM person WHERE organisation_id = $1 AND lower(email) = lower($2)`,
    [organisationId, email],
  );
  return p
    ? {
        personId: p.id,
        name: p.name,
        organisationId,
        role: p.role,
        organisationIds: [organisationId],
        figureOrganisationIds: [organisationId],
        platformAdmin: false,
      }
    : null;
}

function contextOf(ds: DataSource, viewer: Viewer, now: Date): ChpContext {
  return {
    dataSource: ds,
    requestId: 'demo-publication',
    viewer,
    token: null,
    loaders: new LoaderCache(ds, viewer.organisationIds),
    clock: () => now,
    today: localDate(now.toISOString()),
  };
}

/**
 * A published "you said, we did" for the demo organisation's last complete quarter, made
 * through the same service calls (and so the same checks) as the dashboard: drafted by the
 * communications officer from up to three actions completed in the quarter, approved by the
 * manager, published. Nothing happens when that quarter already has a publication or the demo
 * users are missing. Returns the publication's id, or null.
 */
export async function publishDemoQuarter(
  ds: DataSource,
  organisationId: string,
  now: Date,
  afterDraft?: () => Promise<void>,
): Promise<string | null> {
  const quarter = lastCompleteQuarter(localDate(now.toISOString()));
  const [taken] = await ds.query<unknown[]>(
    `SELECT 1 FROM publication WHERE organisation_id = $1 AND kind = 'quarterly' AND period = $2 AND status <> 'withdrawn'`,
    [organisationId, quarter.quarter],
  );
  const comms = await demoViewer(ds, organisationId, 'comms@demo.chp.example');
  const manager = await demoViewer(ds, organisationId, 'manager@demo.chp.example');
  if (taken || !comms || !manager) return null;
  const actions: { id: string; summary: string }[] = await ds.query(
    `SELECT DISTINCT ON (public_summary) id, public_summary AS summary FROM improvement_action
      WHERE organisation_id = $1 AND status IN ('done', 'verified') AND completed_on BETWEEN $2 AND $3 AND coalesce(public_summary, '') <> ''
      ORDER BY public_summary, completed_on DESC, id LIMIT 3`,
    [organisationId, quarter.from, quarter.to],
  );
  const asComms = contextOf(ds, comms, now);
  let p = await createPublication(
    asComms,
    PublicationKind.quarterly,
    quarter.quarter,
    `You said, we did: ${quarter.months}`,
  );
  p = await updatePublication(asComms, p.id, p.version, {
    introduction: `Every complaint tells us something about our services. These are some of the changes we made between ${quarter.months.replace(' to ', ' and ')} because of what you told us.`,
  });
  for (const a of actions) {
    const { youSaid, weDid } = splitPublicSummary(a.summary);
    p = await addPublicationItem(asComms, p.id, p.version, youSaid, weDid, [a.id]);
  }
  await afterDraft?.();
  p = await submitPublication(asComms, p.id, p.version);
  p = await approvePublication(contextOf(ds, manager, now), p.id, p.version);
  p = await publishPublication(asComms, p.id, p.version);
  return p.id;
}

/**
 * Deletes a demo publication for the last complete quarter that an interrupted first start left
 * before publishing it (draft, in review or approved, by the demo communications officer), so
 * that publishDemoQuarter makes it again from the start. Returns how many were deleted.
 */
export async function discardUnfinishedDemoPublication(
  ds: DataSource,
  organisationId: string,
  now: Date,
): Promise<number> {
  const { quarter } = lastCompleteQuarter(localDate(now.toISOString()));
  return ds.transaction(async (em) => {
    const ids: { id: string }[] = await em.query(
      `SELECT p.id FROM publication p JOIN person a ON a.organisation_id = p.organisation_id AND a.id = p.author_id
        WHERE p.organisation_id = $1 AND p.kind = 'quarterly' AND p.period = $2
          AND p.status IN ('draft', 'in_review', 'approved') AND lower(a.email) = 'comms@demo.chp.example'`,
      [organisationId, quarter],
    );
    for (const { id } of ids) {
      await em.query(
        `DELETE FROM publication_item WHERE organisation_id = $1 AND publication_id = $2`,
        [organisationId, id],
      );
      await em.query(`DELETE FROM publication WHERE organisation_id = $1 AND id = $2`, [
        organisationId,
        id,
      ]);
    }
    return ids.length;
  });
}
