import type { Tx } from '../../core/mutation';
import { Publication } from './publication.entity';
import { publicationError } from './publication.errors';

/**
 * The most characters a publication's texts may hold together (its own texts and its items'). Each
 * field has its own length limit; this bounds how far a publication can grow by adding items.
 */
export const PUBLICATION_TEXT_QUOTA = 120_000;

const OWN_TEXTS = [
  'title',
  'introduction',
  'learning',
  'customerExperience',
  'staffTraining',
] as const;

/**
 * BAD_USER_INPUT (rule textQuota, naming `field`) when the publication's texts, with `changes`
 * applied and its items as they now stand in this transaction, are over the quota.
 */
export async function assertTextQuota(
  tx: Tx,
  p: Publication,
  changes: Partial<Publication>,
  field: string,
): Promise<void> {
  const [{ n }] = await tx.em.query<[{ n: number }]>(
    `SELECT coalesce(sum(length(you_said) + length(we_did)), 0)::int AS n FROM publication_item WHERE organisation_id = $1 AND publication_id = $2`,
    [p.organisationId, p.id],
  );
  const own = OWN_TEXTS.reduce(
    (sum, k) => sum + ((k in changes ? changes[k] : p[k]) ?? '').length,
    0,
  );
  if (n + own > PUBLICATION_TEXT_QUOTA)
    throw publicationError(
      'TEXT_QUOTA',
      `(${n + own} characters; the limit is ${PUBLICATION_TEXT_QUOTA}.)`,
      field,
    );
}
