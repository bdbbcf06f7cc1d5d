import type { EntityManager } from 'typeorm';
import type { PageArgs } from '../../core/pagination';
import type { MailReason } from './mail-reasons';
import { renderMessage } from './messages';
import type { OutboxPage } from './mail.types';

/** The address links are rendered with: PUBLIC_BASE_URL, else relative to this site. */
export const linkBase = (config: { publicBaseUrl: string | null }) => config.publicBaseUrl ?? '';

/** An organisation's messages, newest first, rendered exactly as the sender renders them. */
export async function outboxPage(
  em: Pick<EntityManager, 'query'>,
  organisationId: string,
  page: PageArgs,
  config: { publicBaseUrl: string | null },
): Promise<OutboxPage> {
  const rows: {
    id: string;
    to: string;
    reason: MailReason;
    day: string;
    status: string;
    createdAt: Date;
    sendAfter: Date;
    sentAt: Date | null;
    attempts: number;
    lastError: string | null;
    linkPath: string;
    details: Record<string, unknown>;
    total: number;
  }[] = await em.query(
    `SELECT id::text, to_address AS "to", reason, day::text AS day, status, created_at AS "createdAt",
            send_after AS "sendAfter", sent_at AS "sentAt", attempts, last_error AS "lastError",
            link_path AS "linkPath", details, count(*) OVER ()::int AS total
       FROM outbox_message
      WHERE organisation_id = $1
      ORDER BY created_at DESC, id DESC
      LIMIT $2 OFFSET $3`,
    [organisationId, page.limit, page.offset],
  );
  let totalCount = rows[0]?.total;
  if (totalCount === undefined) {
    const [{ n } = { n: 0 }]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE organisation_id = $1`,
      [organisationId],
    );
    totalCount = n;
  }
  return {
    totalCount,
    items: rows.map(({ total: _t, linkPath, details, ...row }) => ({
      ...row,
      status: row.status as never,
      ...renderMessage({ reason: row.reason, linkPath, details }, linkBase(config)),
    })),
  };
}
