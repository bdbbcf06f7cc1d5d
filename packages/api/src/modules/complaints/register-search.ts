import type { SelectQueryBuilder } from 'typeorm';
import { seesPersonalData } from '@chp/domain';
import type { Viewer } from '../../core/viewer';
import type { Complaint } from './complaint.entity';

/** A "contains" search needs 3 characters: trigrams cannot narrow a shorter one. */
export const MIN_CONTAINS_LENGTH = 3;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/**
 * The register's search box, on indexes (migration RegisterSearch1795474000000): the start of a
 * reference for everyone who reads complaints; for roles that see personal data also any part of
 * the customer's name, e-mail or postcode (trigrams) and words of the summary (full text, English
 * stems). A role that may not read customer details (communications) searches references only,
 * so its answer is the same whether or not a customer of that name exists (Part 1 §15–18).
 * Each part is its own indexed statement; their union names the complaints that match.
 */
export function applySearch(q: SelectQueryBuilder<Complaint>, viewer: Viewer, raw: string): void {
  const term = raw.trim().replace(/\s+/g, ' ');
  if (!term) return;
  const parts = [
    `SELECT r.organisation_id, r.id FROM complaint r
      WHERE r.organisation_id IN (:...orgs) AND r.reference ILIKE :searchPrefix`,
  ];
  if (seesPersonalData(viewer.role) && term.length >= MIN_CONTAINS_LENGTH) {
    parts.push(
      `SELECT k.organisation_id, k.id FROM customer cu
         JOIN complaint k ON k.organisation_id = cu.organisation_id AND k.customer_id = cu.id
        WHERE cu.organisation_id IN (:...orgs)
          AND (cu.name ILIKE :searchContains OR cu.email ILIKE :searchContains
               OR upper(replace(cu.postcode, ' ', '')) LIKE :searchPostcode)`,
      `SELECT s.organisation_id, s.id FROM complaint s
        WHERE s.organisation_id IN (:...orgs)
          AND to_tsvector('english', s.summary) @@ plainto_tsquery('english', :searchWords)`,
    );
  }
  q.andWhere(`(c.organisation_id, c.id) IN (${parts.join('\n UNION ')})`, {
    searchPrefix: `${escapeLike(term)}%`,
    searchContains: `%${escapeLike(term)}%`,
    searchPostcode: `%${escapeLike(term.replace(/ /g, '').toUpperCase())}%`,
    searchWords: term,
  });
}
