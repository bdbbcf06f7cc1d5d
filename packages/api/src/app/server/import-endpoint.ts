import express, { type RequestHandler, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { createContext } from '../context';
import { IMPORTERS, importFromUpload } from '../../modules/imports';
import type { Log } from '../../log';

const MODES = ['all_or_nothing', 'valid_rows'] as const;

/**
 * POST /imports: a CSV or .xlsx file as the request body (streamed, never held whole), with
 * `format`, `fileName`, `dryRun`, `mode` and `createUnknown` in the query string; answers the
 * import's report as JSON. The body's type must be text/csv or application/octet-stream, which
 * a cross-site form cannot send without a preflight. Progress: the `importRun` query.
 */
export function importEndpoint(dataSource: DataSource, clock: () => Date, log: Log): Router {
  const router = express.Router();
  const handler: RequestHandler = async (req, res) => {
    const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'text/csv' && type !== 'application/octet-stream') {
      res.status(415).json({
        errors: [
          {
            message: 'Send the file as text/csv or application/octet-stream',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      return;
    }
    const ctx = await createContext({ dataSource, clock }, req, undefined);
    if (!ctx.viewer) {
      res
        .status(401)
        .json({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
      return;
    }
    if (!IMPORTERS.includes(ctx.viewer.role)) {
      res.status(403).json({
        errors: [{ message: 'Your role does not allow this', extensions: { code: 'FORBIDDEN' } }],
      });
      return;
    }
    const q = req.query as Record<string, string | undefined>;
    const mode = MODES.find((m) => m === q['mode']);
    const format = q['format'] === 'xlsx' ? 'xlsx' : q['format'] === 'csv' ? 'csv' : null;
    if (!mode || !format) {
      res.status(400).json({
        errors: [
          {
            message: 'Give format (csv or xlsx) and mode (all_or_nothing or valid_rows)',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
      return;
    }
    try {
      const report = await importFromUpload(ctx, req, {
        format,
        fileName: (q['fileName'] ?? '').slice(0, 200),
        dryRun: q['dryRun'] !== 'false',
        mode,
        createUnknown: q['createUnknown'] === 'true',
        mapping: null,
      });
      res.json(report);
    } catch (error) {
      const ext = (error as { extensions?: { code?: string } }).extensions;
      if (ext?.code === 'BAD_USER_INPUT') {
        res.status(400).json({ errors: [{ message: (error as Error).message, extensions: ext }] });
        return;
      }
      log.error('import failed', error);
      res.status(500).json({
        errors: [
          {
            message: 'The import failed: nothing was written',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      });
    }
  };
  router.post('/', handler);
  return router;
}
