import DataLoader from 'dataloader';
import { defineLoader } from '../../core/loaders';

/** A complaint's legal hold and anonymisation as stored (docs/procedure.md, Retention and erasure). */
export interface ComplaintRetention {
  holdReason: string | null;
  holdAt: Date | null;
  holdSetBy: string | null;
  anonymisedAt: Date | null;
}

/** A complaint, by its organisation and id (the complaint already read by the viewer). */
export interface ComplaintKey {
  organisationId: string;
  id: string;
}

/**
 * The legal hold and anonymisation of every complaint on a page in one statement, for the
 * `legalHold` and `anonymisedAt` fields together.
 */
export const retentionByComplaint = defineLoader(
  'retentionByComplaint',
  ({ dataSource }) =>
    new DataLoader<ComplaintKey, ComplaintRetention | null, string>(
      async (keys) => {
        const rows: (ComplaintRetention & { organisationId: string; id: string })[] =
          await dataSource.query(
            `SELECT c.organisation_id AS "organisationId", c.id, c.legal_hold_reason AS "holdReason",
                    c.legal_hold_at AS "holdAt", p.name AS "holdSetBy", c.anonymised_at AS "anonymisedAt"
               FROM complaint c
               JOIN unnest($1::uuid[], $2::uuid[]) AS k(organisation_id, id)
                 ON k.organisation_id = c.organisation_id AND k.id = c.id
               LEFT JOIN person p ON p.organisation_id = c.organisation_id AND p.id = c.legal_hold_by_id`,
            [keys.map((k) => k.organisationId), keys.map((k) => k.id)],
          );
        const found = new Map(rows.map((r) => [`${r.organisationId}:${r.id}`, r]));
        return keys.map((k) => found.get(`${k.organisationId}:${k.id}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.organisationId}:${k.id}` },
    ),
);
