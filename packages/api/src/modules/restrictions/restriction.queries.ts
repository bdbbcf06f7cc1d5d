import { reviewReminderFrom } from '@chp/domain';
import { In, type DataSource } from 'typeorm';
import type { ChpContext } from '../../core/context';
import type { Viewer } from '../../core/viewer';
import { ContactRestriction } from './contact-restriction.entity';

/**
 * The managers' "restriction reviews due" list (Part 1 §12): restrictions in force whose review
 * date is on or before `reviewReminderFrom(today)` (the domain's reminder window), overdue ones
 * first, then by review date. Its rows are exactly those whose `restrictionReviewState` is due or
 * overdue (test/restrictions.reviews-due.test.ts checks the two agree).
 */
export async function restrictionReviewsDue(
  ctx: ChpContext,
  viewer: Viewer,
  page: { limit: number; offset: number },
): Promise<{ items: ContactRestriction[]; totalCount: number }> {
  const [items, totalCount] = await ctx.dataSource
    .getRepository(ContactRestriction)
    .createQueryBuilder('r')
    .where('r.organisation_id IN (:...orgs)', { orgs: viewer.organisationIds })
    .andWhere(`r.status = 'in_force' AND r.review_on <= :until`, {
      until: reviewReminderFrom(ctx.today),
    })
    .orderBy('r.review_on', 'ASC')
    .addOrderBy('r.created_at', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .skip(page.offset)
    .take(page.limit)
    .getManyAndCount();
  return { items, totalCount };
}

/**
 * The restrictions of the person who made each complaint (Part 1 §12–13: shown on every complaint
 * of that person). The same person is the complaint's own customer record or another record of
 * the organisation with the same e-mail address, or the same name and postcode, ignoring case
 * (docs/procedure.md, Part 1 §12–13); anonymised records match only themselves. Newest first.
 */
export async function restrictionsOfComplaints(
  ds: DataSource,
  organisationIds: string[],
  complaintIds: readonly string[],
): Promise<ContactRestriction[][]> {
  if (organisationIds.length === 0) return complaintIds.map(() => []);
  const links = await ds.query<{ complaint_id: string; id: string }[]>(
    `SELECT c.id AS complaint_id, r.id
       FROM complaint c
       JOIN customer cc ON cc.organisation_id = c.organisation_id AND cc.id = c.customer_id
       JOIN contact_restriction r ON r.organisation_id = c.organisation_id
       JOIN customer rc ON rc.organisation_id = r.organisation_id AND rc.id = r.customer_id
      WHERE c.organisation_id = ANY($1::uuid[]) AND c.id = ANY($2::uuid[])
        AND (rc.id = cc.id
             OR (cc.anonymised_at IS NULL AND rc.anonymised_at IS NULL
                 AND ((cc.email IS NOT NULL AND lower(btrim(rc.email)) = lower(btrim(cc.email)))
                   OR (cc.name IS NOT NULL AND cc.postcode IS NOT NULL
                       AND lower(btrim(rc.name)) = lower(btrim(cc.name)) AND rc.postcode = cc.postcode))))
      ORDER BY r.created_at DESC, r.id`,
    [organisationIds, [...complaintIds]],
  );
  const ids = [...new Set(links.map((l) => l.id))];
  const rows = ids.length
    ? await ds
        .getRepository(ContactRestriction)
        .find({ where: { id: In(ids), organisationId: In(organisationIds) } })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return complaintIds.map((complaintId) =>
    links.filter((l) => l.complaint_id === complaintId).map((l) => byId.get(l.id)!),
  );
}
