import { checkSendingHours } from '@chp/domain';
import type { ChpContext } from '../../core/context';
import { notFound } from '../../core/errors';
import { checkVersion, mutate } from '../../core/mutation';
import { withDomainRules } from '../../core/domain-errors';
import type { MailPreferencesInput, MailSettingsInput } from './mail.inputs';
import { MailDelivery, type MailPreferences, type MailSettings } from './mail.types';
import type { EntityManager } from 'typeorm';

/** The organisation's mail settings (version: the organisation's). */
export async function mailSettings(
  em: Pick<EntityManager, 'query'>,
  organisationId: string,
  smtpConfigured: boolean,
  lock = false,
): Promise<MailSettings> {
  const [row]: Omit<MailSettings, 'smtpConfigured'>[] = await em.query(
    `SELECT reminder_lead_days AS "reminderLeadDays", mail_from_time AS "sendFrom",
            mail_until_time AS "sendUntil", version
       FROM organisation WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [organisationId],
  );
  if (!row) throw notFound('Organisation');
  return { ...row, smtpConfigured };
}

/** Changes the reminder lead days and sending hours; the hours must start before they end. */
export async function updateMailSettings(
  ctx: ChpContext,
  input: MailSettingsInput,
  smtpConfigured: boolean,
): Promise<MailSettings> {
  return mutate(ctx, 'updateMailSettings', async (tx) => {
    const organisationId = tx.viewer.organisationId;
    const current = await mailSettings(tx.em, organisationId, smtpConfigured, true);
    checkVersion('Organisation', current, input.version);
    const next = {
      reminderLeadDays: input.reminderLeadDays ?? current.reminderLeadDays,
      sendFrom: input.sendFrom ?? current.sendFrom,
      sendUntil: input.sendUntil ?? current.sendUntil,
    };
    withDomainRules(() => checkSendingHours({ from: next.sendFrom, until: next.sendUntil }));
    await tx.em.query(
      `UPDATE organisation SET reminder_lead_days = $2, mail_from_time = $3, mail_until_time = $4,
              version = version + 1, updated_at = $5
        WHERE id = $1`,
      [organisationId, next.reminderLeadDays, next.sendFrom, next.sendUntil, tx.now],
    );
    await tx.audit({
      organisationId,
      entity: 'organisation',
      entityId: organisationId,
      changes: next,
    });
    return { ...next, smtpConfigured, version: current.version + 1 };
  });
}

const DEFAULT_PREFERENCES: MailPreferences = {
  actionReminders: true,
  complaintReminders: true,
  approvalReminders: true,
  weeklyDigest: true,
  delivery: MailDelivery.immediate,
  version: 1,
};

/** A person's mail preferences; everything on, immediately, until they change them. */
export async function mailPreferences(
  em: Pick<EntityManager, 'query'>,
  personId: string,
  lock = false,
): Promise<MailPreferences> {
  const [row]: MailPreferences[] = await em.query(
    `SELECT action_reminders AS "actionReminders", complaint_reminders AS "complaintReminders",
            approval_reminders AS "approvalReminders",
            weekly_digest AS "weeklyDigest", delivery, version
       FROM mail_preference WHERE person_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [personId],
  );
  return row ?? DEFAULT_PREFERENCES;
}

/** Changes the viewer's own mail preferences. */
export async function updateMyMailPreferences(
  ctx: ChpContext,
  input: MailPreferencesInput,
): Promise<MailPreferences> {
  return mutate(ctx, 'updateMyMailPreferences', async (tx) => {
    const personId = tx.viewer.personId;
    // serialise a person's changes even before their first row exists
    await tx.em.query(`SELECT 1 FROM person WHERE id = $1 FOR UPDATE`, [personId]);
    const current = await mailPreferences(tx.em, personId, true);
    checkVersion('MailPreferences', current, input.version);
    const next: MailPreferences = {
      actionReminders: input.actionReminders ?? current.actionReminders,
      complaintReminders: input.complaintReminders ?? current.complaintReminders,
      approvalReminders: input.approvalReminders ?? current.approvalReminders,
      weeklyDigest: input.weeklyDigest ?? current.weeklyDigest,
      delivery: input.delivery ?? current.delivery,
      version: current.version + 1,
    };
    await tx.em.query(
      `INSERT INTO mail_preference (person_id, action_reminders, approval_reminders, weekly_digest, delivery, version, updated_at, complaint_reminders, organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (person_id, organisation_id) DO UPDATE SET action_reminders = $2, approval_reminders = $3,
         weekly_digest = $4, delivery = $5, version = $6, updated_at = $7, complaint_reminders = $8`,
      [
        personId,
        next.actionReminders,
        next.approvalReminders,
        next.weeklyDigest,
        next.delivery,
        next.version,
        tx.now,
        next.complaintReminders,
        tx.viewer.organisationId,
      ],
    );
    await tx.audit({
      organisationId: tx.viewer.organisationId,
      entity: 'mail_preference',
      entityId: personId,
      changes: { ...next, version: undefined },
    });
    return next;
  });
}
