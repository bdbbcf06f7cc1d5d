import { createHash, randomBytes } from 'node:crypto';
import type { Tx } from '../../core/mutation';

/** The SHA-256 of a feed token, as stored: the token itself is shown once and never kept. */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** The path of a feed, served by the API (GET /calendar/<token>.ics). */
export const feedPath = (token: string): string => `/calendar/${token}.ics`;

/** A feed token: 32 random bytes, base64url (43 characters). */
export const FEED_TOKEN = /^[A-Za-z0-9_-]{43}$/;

async function revokeLive(tx: Tx): Promise<number> {
  const [, revoked] = await tx.em.query<[unknown, number]>(
    `UPDATE calendar_feed SET revoked_at = $3
      WHERE organisation_id = $1 AND person_id = $2 AND revoked_at IS NULL`,
    [tx.viewer.organisationId, tx.viewer.personId, tx.now],
  );
  return revoked;
}

/**
 * Issues the viewer a new private feed address and revokes the one they had (docs/procedure.md,
 * Work queues): the address answers 404 from then on. Returns the new path, shown once.
 */
export async function issueCalendarFeed(tx: Tx): Promise<string> {
  await revokeLive(tx);
  const token = randomBytes(32).toString('base64url');
  const [row] = await tx.em.query<{ id: string }[]>(
    `INSERT INTO calendar_feed (organisation_id, person_id, token_hash, issued_at)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [tx.viewer.organisationId, tx.viewer.personId, tokenHash(token), tx.now],
  );
  await tx.audit({
    organisationId: tx.viewer.organisationId,
    entity: 'calendar_feed',
    entityId: row!.id,
    changes: { issued: true },
  });
  return feedPath(token);
}

/** Revokes the viewer's feed; true when there was one. */
export async function revokeCalendarFeed(tx: Tx): Promise<boolean> {
  const revoked = await revokeLive(tx);
  if (revoked > 0)
    await tx.audit({
      organisationId: tx.viewer.organisationId,
      entity: 'calendar_feed',
      entityId: tx.viewer.personId,
      changes: { revoked: true },
    });
  return revoked > 0;
}
