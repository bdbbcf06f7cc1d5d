import type { EntityManager } from 'typeorm';
import { Complaint } from './complaint.entity';
import type { CustomerLookupArgs } from './open-complaints.inputs';

/** At most this many open complaints are named in the warning. */
export const OPEN_COMPLAINTS_SHOWN = 5;

const exactly = (s: string) => s.trim().replace(/[\\%_]/g, '\\$&');

/**
 * The open complaints in `organisationId` from the same customer: the same e-mail, or the same
 * name and postcode (case, and the postcode's space, ignored), newest first. Empty when neither
 * is given. ILIKE without wildcards, so the trigram indexes serve it.
 */
export async function openComplaintsOfCustomer(
  em: EntityManager,
  organisationId: string,
  who: CustomerLookupArgs,
): Promise<Complaint[]> {
  const byEmail = who.email?.trim();
  const byName = who.name?.trim() && who.postcode?.trim();
  if (!byEmail && !byName) return [];
  const q = em
    .getRepository(Complaint)
    .createQueryBuilder('c')
    .innerJoin('customer', 'cu', 'cu.organisation_id = c.organisation_id AND cu.id = c.customer_id')
    .where('c.organisation_id = :org', { org: organisationId })
    .andWhere(`c.status = 'open'`);
  const same: string[] = [];
  if (byEmail) same.push('cu.email ILIKE :email');
  if (byName)
    same.push(`(cu.name ILIKE :name AND upper(replace(cu.postcode, ' ', '')) LIKE :postcode)`);
  q.andWhere(`(${same.join(' OR ')})`, {
    email: exactly(who.email ?? ''),
    name: exactly(who.name ?? ''),
    postcode: exactly((who.postcode ?? '').replace(/\s/g, '').toUpperCase()),
  });
  return q
    .orderBy('c.received_at', 'DESC')
    .addOrderBy('c.id', 'ASC')
    .limit(OPEN_COMPLAINTS_SHOWN)
    .getMany();
}
