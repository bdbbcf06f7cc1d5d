import { londonDate, nextSendingInstant } from '@chp/domain';
import type { EntityManager } from 'typeorm';
import { organisationsMail } from './mail-settings';
import { writeMessages } from './outbox';

/** A member of staff to tell about a complaint naming them, or their support contact (§48). */
export interface StaffNotice {
  personId: string;
  reason: 'named_in_complaint' | 'support_contact_asked';
}

/**
 * §48 (docs/procedure.md, Staff complained about): the staff named are told, and their support
 * contact is asked, by e-mail through the outbox in the naming transaction. The message carries
 * the complaint's reference and a link only: never the customer's details nor the complaint's
 * text, which the complaints team shares as it decides (in full, a summary, or nothing).
 */
export async function staffComplainedAboutNotices(
  em: EntityManager,
  complaint: { organisationId: string; id: string; reference: string },
  notices: readonly StaffNotice[],
  now: Date,
): Promise<number> {
  if (notices.length === 0) return 0;
  const [organisation] = await organisationsMail(em, [complaint.organisationId]);
  const day = londonDate(
    nextSendingInstant(now.toISOString(), organisation!.hours, organisation!.calendar),
  );
  return writeMessages(
    em,
    organisation!,
    notices.map((n) => ({
      personId: n.personId,
      reason: n.reason,
      subjectId: complaint.id,
      day,
      linkPath: `/complaints/${complaint.id}`,
      details: { reference: complaint.reference },
    })),
    now,
  );
}
