import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { reportDatabaseError, sendUnavailable } from '../../core/database-availability';

/**
 * GET /health, the readiness check (Docker's HEALTHCHECK runs healthcheck.ts against it):
 * 200 `{"status":"ok","database":true}` when the database answers, otherwise 503 with
 * Retry-After and `{"status":"unavailable","database":false}`.
 */
export function healthEndpoint(dataSource: DataSource): RequestHandler {
  const down = { type: 'json', text: JSON.stringify({ status: 'unavailable', database: false }) };
  return async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
    } catch (error) {
      reportDatabaseError(dataSource, error);
      sendUnavailable(res, down);
      return;
    }
    res.set('Cache-Control', 'no-store').json({ status: 'ok', database: true });
  };
}
