import {
  assertInvestigatorNotNamed,
  assertStaffTold,
  assertSupportContactApart,
  localDate,
  type Stage,
} from '@chp/domain';
import { withDomainRules } from '../../core/domain-errors';
import type { Tx } from '../../core/mutation';
import { staffComplainedAboutNotices } from '../mail';
import type { Complaint } from './complaint.entity';
import { complaintError } from './complaint.errors';
import { JourneyEventType } from './complaint.enums';
import { eventAt, load, saveComplaint, type Loaded } from './journey-store';
import type {
  NamedStaffArgs,
  ResponseSharedArgs,
  StaffToldArgs,
  StaffUpdateArgs,
  SupportContactArgs,
} from './staff-involvement.inputs';

/**
 * Staff complained about (docs/procedure.md, Staff complained about; §25, §33, §37, §48, §62,
 * §68). Each step runs inside `mutate` (one transaction, audited): it loads the complaint locked
 * and version-checked, checks the rule, writes the staff row and moves the complaint's version.
 */

interface StaffRow {
  person_id: string;
  support_contact_id: string | null;
}

async function namedStaffRows(tx: Tx, c: Complaint): Promise<StaffRow[]> {
  return tx.em.query(
    `SELECT person_id, support_contact_id FROM complaint_staff_member
      WHERE organisation_id = $1 AND complaint_id = $2 ORDER BY person_id`,
    [c.organisationId, c.id],
  );
}

/** Who signed off the stage 2 response so far (§65): never a support contact (§48). */
const signOffIds = (l: Loaded): string[] =>
  l.rows
    .filter((r) => r.type === JourneyEventType.signed_off)
    .map((r) => (r.payload as { byId?: unknown }).byId)
    .filter((id): id is string => typeof id === 'string');

/**
 * §37 and §48, for whoever is made the complaint's handler (at recording, assignment, escalation
 * or correction): at stage 2 not a member of staff named in it, and never a support contact.
 */
export async function assertHandlerApartFromStaff(
  tx: Tx,
  c: Complaint,
  stage: Stage | null,
  handlerId: string | null,
  field = 'handlerId',
): Promise<void> {
  if (handlerId === null) return;
  const rows = await namedStaffRows(tx, c);
  withDomainRules(() => {
    assertInvestigatorNotNamed(
      { stage, handlerId, namedStaffIds: rows.map((r) => r.person_id) },
      field,
    );
    for (const r of rows)
      if (r.support_contact_id !== null)
        assertSupportContactApart(
          {
            staffMemberId: r.person_id,
            supportContactId: r.support_contact_id,
            investigatorId: handlerId,
            signOffIds: [],
          },
          field,
        );
  });
}

/** §48: whoever signs off the response is no support contact of the complaint's staff. */
export async function assertSignerApartFromStaff(
  tx: Tx,
  l: Loaded,
  signerId: string,
): Promise<void> {
  const rows = await namedStaffRows(tx, l.complaint);
  withDomainRules(() => {
    for (const r of rows)
      if (r.support_contact_id !== null)
        assertSupportContactApart(
          {
            staffMemberId: r.person_id,
            supportContactId: r.support_contact_id,
            investigatorId: null,
            signOffIds: [signerId],
          },
          'signerId',
        );
  });
}

/** The staff newly named on a complaint are told by e-mail (§48). */
export function tellNamedStaff(
  tx: Tx,
  c: Pick<Complaint, 'organisationId' | 'id' | 'reference'>,
  personIds: readonly string[],
) {
  return staffComplainedAboutNotices(
    tx.em,
    c,
    personIds.map((personId) => ({ personId, reason: 'named_in_complaint' as const })),
    tx.now,
  );
}

async function activePerson(tx: Tx, organisationId: string, id: string, field: string) {
  const [p]: { id: string }[] = await tx.em.query(
    `SELECT id FROM person WHERE organisation_id = $1 AND id = $2 AND active`,
    [organisationId, id],
  );
  if (!p) throw complaintError('SAME_ORGANISATION', undefined, field);
}

async function loadNamed(tx: Tx, args: NamedStaffArgs) {
  const l = await load(tx, args);
  if (l.state.status === 'ended') throw complaintError('ALREADY_ENDED');
  const rows = await namedStaffRows(tx, l.complaint);
  const row = rows.find((r) => r.person_id === args.personId);
  if (!row) throw complaintError('PERSON_ID_NOT_NAMED_STAFF');
  return { l, rows, row };
}

const updateRow = (tx: Tx, c: Complaint, personId: string, set: string, values: unknown[]) =>
  tx.em.query(
    `UPDATE complaint_staff_member SET ${set} WHERE organisation_id = $1 AND complaint_id = $2 AND person_id = $3`,
    [c.organisationId, c.id, personId, ...values],
  );

/** §48: a member of staff named in (or identifiable from) the complaint; they are told by e-mail. */
export async function nameStaffMember(tx: Tx, args: NamedStaffArgs): Promise<Complaint> {
  const l = await load(tx, args);
  const c = l.complaint;
  if (l.state.status === 'ended') throw complaintError('ALREADY_ENDED');
  await activePerson(tx, c.organisationId, args.personId, 'personId');
  const rows = await namedStaffRows(tx, c);
  if (rows.some((r) => r.person_id === args.personId))
    throw complaintError('PERSON_ID_NAMED_STAFF');
  // §37: the investigator is not someone the complaint is about
  withDomainRules(() =>
    assertInvestigatorNotNamed(
      { stage: l.state.stage, handlerId: c.handlerId, namedStaffIds: [args.personId] },
      'personId',
    ),
  );
  await tx.em.query(
    `INSERT INTO complaint_staff_member (organisation_id, complaint_id, person_id, named_at) VALUES ($1, $2, $3, $4)`,
    [c.organisationId, c.id, args.personId, tx.now],
  );
  await tellNamedStaff(tx, c, [args.personId]);
  return saveComplaint(
    tx,
    l,
    l.events,
    { aboutNamedStaff: true },
    { namedStaffAdded: args.personId },
  );
}

/** Someone named by mistake: their record (and the updates to them) goes, the audit log keeps it. */
export async function removeNamedStaff(tx: Tx, args: NamedStaffArgs): Promise<Complaint> {
  const { l, rows } = await loadNamed(tx, args);
  const c = l.complaint;
  await tx.em.query(
    `DELETE FROM complaint_staff_member WHERE organisation_id = $1 AND complaint_id = $2 AND person_id = $3`,
    [c.organisationId, c.id, args.personId],
  );
  return saveComplaint(
    tx,
    l,
    l.events,
    { aboutNamedStaff: rows.length > 1 },
    { namedStaffRemoved: args.personId },
  );
}

/** The instant given (not in the future, not before the complaint was received), or now. */
function instant(tx: Tx, l: Loaded, given: Date | null | undefined): Date {
  const at = eventAt(given, tx.now);
  if (at.getTime() < l.complaint.receivedAt.getTime())
    throw complaintError('AT_NOT_BEFORE_RECEIPT');
  return at;
}

/** §48: when and how they were told, and what of the complaint was shared (or why nothing was). */
export async function recordStaffNotified(tx: Tx, args: StaffToldArgs): Promise<Complaint> {
  const { l } = await loadNamed(tx, args);
  const at = instant(tx, l, args.at);
  const told = withDomainRules(() =>
    assertStaffTold({
      how: args.how,
      shared: args.shared,
      notSharedReason: args.notSharedReason ?? null,
    }),
  );
  await updateRow(
    tx,
    l.complaint,
    args.personId,
    'told_at = $4, told_how = $5, shared = $6, not_shared_reason = $7',
    [at, told.how, told.shared, told.notSharedReason],
  );
  return saveComplaint(
    tx,
    l,
    l.events,
    {},
    {
      staffTold: args.personId,
      how: told.how,
      shared: told.shared,
    },
  );
}

/** §48: their support contact, neither the investigator nor the person signing off; asked by e-mail. */
export async function setSupportContact(tx: Tx, args: SupportContactArgs): Promise<Complaint> {
  const { l } = await loadNamed(tx, args);
  const c = l.complaint;
  await activePerson(tx, c.organisationId, args.supportContactId, 'supportContactId');
  withDomainRules(() =>
    assertSupportContactApart({
      staffMemberId: args.personId,
      supportContactId: args.supportContactId,
      investigatorId: c.handlerId,
      signOffIds: signOffIds(l),
    }),
  );
  await updateRow(tx, c, args.personId, 'support_contact_id = $4', [args.supportContactId]);
  await staffComplainedAboutNotices(
    tx.em,
    c,
    [{ personId: args.supportContactId, reason: 'support_contact_asked' }],
    tx.now,
  );
  return saveComplaint(
    tx,
    l,
    l.events,
    {},
    {
      staffMember: args.personId,
      supportContactId: args.supportContactId,
    },
  );
}

/** §62: an update to the member of staff, counted apart from the customer's. */
export async function recordStaffUpdate(tx: Tx, args: StaffUpdateArgs): Promise<Complaint> {
  const { l } = await loadNamed(tx, args);
  if (l.state.status !== 'open') throw complaintError('ALREADY_CLOSED');
  const at = instant(tx, l, args.at);
  const c = l.complaint;
  await tx.em.query(
    `INSERT INTO complaint_staff_update (organisation_id, complaint_id, person_id, at, how, recorded_by_id, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
    [c.organisationId, c.id, args.personId, at, args.how, tx.viewer.personId, tx.now],
  );
  return saveComplaint(tx, l, l.events, {}, { staffUpdated: args.personId, how: args.how });
}

/** §33, §68: the day the part of the response about them was shared with them. */
export async function recordResponseSharedWithStaff(
  tx: Tx,
  args: ResponseSharedArgs,
): Promise<Complaint> {
  const { l } = await loadNamed(tx, args);
  const c = l.complaint;
  if (args.sharedOn > localDate(tx.now.toISOString()))
    throw complaintError('NOT_IN_FUTURE', undefined, 'sharedOn');
  if (args.sharedOn < localDate(c.receivedAt.toISOString()))
    throw complaintError('AT_NOT_BEFORE_RECEIPT', undefined, 'sharedOn');
  await updateRow(tx, c, args.personId, 'response_shared_on = $4', [args.sharedOn]);
  return saveComplaint(
    tx,
    l,
    l.events,
    {},
    {
      responseSharedWith: args.personId,
      sharedOn: args.sharedOn,
    },
  );
}
