import { nextSendingInstant } from '@chp/domain';
import type { DataSource } from 'typeorm';
import { organisationsMail } from './mail-settings';
import { renderMessage, type StoredMessage } from './messages';

/** What sends one message: nodemailer's transporter (`createTransport(SMTP_URL)`) fits. */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    headers?: Record<string, string>;
  }): Promise<unknown>;
}

export interface SenderOptions {
  transport: MailTransport;
  /** MAIL_FROM. */
  from: string;
  /** The site's address for links (PUBLIC_BASE_URL). */
  baseUrl: string;
  /** At most this many messages in one call (default 100). */
  limit?: number;
}

export interface SendResult {
  sent: number;
  failed: number;
  /** Messages due but outside their organisation's sending hours, moved to the next start. */
  deferred: number;
}

/** Minutes to wait after the n-th failed attempt: 2, 4, 8 … at most 60. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(2 ** attempts, 60);
}

/**
 * Sends the outbox's pending messages whose time has come at `now` (the caller's clock), one per
 * transaction: the row is locked (SKIP LOCKED, so several senders never take the same message),
 * handed to the SMTP server, and marked sent in the same transaction. A message is marked sent
 * only after the server accepted it, so a crash or restart before that leaves it pending and it
 * is sent later (at least once); once sent it is never picked again. A refusal counts the attempt
 * and waits with back-off, inside the organisation's sending hours.
 */
export async function sendDueMessages(
  dataSource: DataSource,
  now: Date,
  options: SenderOptions,
): Promise<SendResult> {
  const result: SendResult = { sent: 0, failed: 0, deferred: 0 };
  const limit = options.limit ?? 100;
  for (let i = 0; i < limit; i++) {
    const outcome = await dataSource.transaction(async (em) => {
      const [row]: (StoredMessage & {
        id: string;
        organisationId: string;
        to: string;
        attempts: number;
      })[] = await em.query(
        `SELECT id, organisation_id AS "organisationId", to_address AS "to", reason,
                link_path AS "linkPath", details, attempts
           FROM outbox_message
          WHERE status = 'pending' AND send_after <= $1
          ORDER BY send_after, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (!row) return null;
      const [organisation] = await organisationsMail(em, [row.organisationId]);
      const nowIso = now.toISOString();
      const window = nextSendingInstant(nowIso, organisation!.hours, organisation!.calendar);
      if (window !== new Date(nowIso).toISOString()) {
        await em.query(
          `UPDATE outbox_message SET send_after = $2 WHERE organisation_id = $3 AND id = $1`,
          [row.id, window, row.organisationId],
        );
        return 'deferred' as const;
      }
      const rendered = renderMessage(row, options.baseUrl);
      try {
        await options.transport.sendMail({
          from: options.from,
          to: row.to,
          ...rendered,
          headers: { 'X-CHP-Message': row.id },
        });
      } catch (error) {
        const attempts = row.attempts + 1;
        const retryAt = new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000);
        await em.query(
          `UPDATE outbox_message SET attempts = $2, last_error = $3, send_after = $4
            WHERE organisation_id = $5 AND id = $1`,
          [
            row.id,
            attempts,
            String(error instanceof Error ? error.message : error).slice(0, 500),
            nextSendingInstant(retryAt.toISOString(), organisation!.hours, organisation!.calendar),
            row.organisationId,
          ],
        );
        return 'failed' as const;
      }
      await em.query(
        // a customer's single-use link is not kept once it is sent (docs/procedure.md, Satisfaction survey)
        `UPDATE outbox_message SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = NULL,
                link_path = CASE WHEN person_id IS NULL THEN split_part(link_path, '#', 1) ELSE link_path END
          WHERE organisation_id = $3 AND id = $1`,
        [row.id, now, row.organisationId],
      );
      return 'sent' as const;
    });
    if (outcome === null) break;
    result[outcome]++;
  }
  return result;
}
