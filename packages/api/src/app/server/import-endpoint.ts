import express, { type RequestHandler, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { createContext } from '../context';
import {
  IMPORTERS,
  importFromUpload,
  readHeader,
  templateCsv,
  templateXlsx,
} from '../../modules/imports';
import type { Log } from '../../log';

const MODES = ['all_or_nothing', 'valid_rows'] as const;
const KINDS = ['complaints', 'actions'] as const;
/** `kind` in the query string: complaints when absent, null when not one of the kinds. */
const kindOf = (q: unknown) =>
  q === undefined ? 'complaints' : (KINDS.find((k) => k === q) ?? null);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const badRequest = (res: express.Response, message: string, field?: string) =>
  res.status(400).json({
    errors: [{ message, extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } }],
  });

/** The signed-in importer of the request, or null once the 401/403 answer has been sent. */
async function importerOf(
  req: express.Request,
  res: express.Response,
  dataSource: DataSource,
  clock: () => Date,
) {
  const ctx = await createContext({ dataSource, clock }, req, undefined);
  if (!ctx.viewer) {
    res
      .status(401)
      .json({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
    return null;
  }
  if (!IMPORTERS.includes(ctx.viewer.role)) {
    res.status(403).json({
      errors: [{ message: 'Your role does not allow this', extensions: { code: 'FORBIDDEN' } }],
    });
    return null;
  }
  return ctx;
}

/** Only files a cross-site form cannot send without a preflight; false once 415 is answered. */
function acceptsBody(req: express.Request, res: express.Response): boolean {
  const type = (req.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/octet-stream') return true;
  res.status(415).json({
    errors: [
      {
        message: 'Send the file as text/csv or application/octet-stream',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ],
  });
  return false;
}

/**
 * POST /imports: a CSV or .xlsx file as the request body (streamed, never held whole), with
 * `kind` (complaints, the default, or actions), `format`, `fileName`, `dryRun`, `mode` and
 * `createUnknown` in the query string; answers the
 * import's report as JSON. The body's type must be text/csv or application/octet-stream, which
 * a cross-site form cannot send without a preflight. Progress: the `importRun` query, with the
 * `runId` the caller may choose (a new UUID) so that it can poll while the file uploads.
 * GET /imports/template.csv|xlsx[?kind=actions]: the template; POST /imports/columns: a file's
 * header row.
 */
export function importEndpoint(dataSource: DataSource, clock: () => Date, log: Log): Router {
  const router = express.Router();
  const handler: RequestHandler = async (req, res) => {
    if (!acceptsBody(req, res)) return;
    const ctx = await importerOf(req, res, dataSource, clock);
    if (!ctx) return;
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
    const kind = kindOf(q['kind']);
    if (!kind) {
      badRequest(res, 'kind is complaints or actions', 'kind');
      return;
    }
    const runId = q['runId'];
    if (runId !== undefined) {
      if (!UUID.test(runId)) {
        badRequest(res, 'runId must be a new UUID', 'runId');
        return;
      }
      const [used] = await dataSource.query<unknown[]>(
        `SELECT 1 FROM import_run WHERE organisation_id = $1 AND id = $2`,
        [ctx.viewer!.organisationId, runId],
      );
      if (used) {
        badRequest(res, 'This runId has been used: choose a new one', 'runId');
        return;
      }
    }
    try {
      const report = await importFromUpload(ctx, req, {
        kind,
        format,
        fileName: (q['fileName'] ?? '').slice(0, 200),
        dryRun: q['dryRun'] !== 'false',
        mode,
        createUnknown: q['createUnknown'] === 'true',
        mapping: null,
        ...(runId ? { runId } : {}),
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

  // The template, for an importer: its header row (and, in the workbook, a Notes sheet).
  router.get('/template.:format', async (req, res) => {
    if (!(await importerOf(req, res, dataSource, clock))) return;
    const format = req.params['format'];
    const kind = kindOf(req.query['kind']);
    if ((format !== 'csv' && format !== 'xlsx') || !kind) {
      res.status(404).end();
      return;
    }
    res.setHeader('cache-control', 'no-store');
    res.attachment(
      `${kind === 'actions' ? 'improvement-actions' : 'complaints'}-import-template.${format}`,
    );
    if (format === 'csv') res.type('text/csv; charset=utf-8').send(templateCsv(kind));
    else res.type('xlsx').send(await templateXlsx(kind));
  });

  // The header row of a file, for the column mapping; nothing is stored.
  router.post('/columns', async (req, res) => {
    if (!acceptsBody(req, res)) return;
    if (!(await importerOf(req, res, dataSource, clock))) return;
    const format = req.query['format'];
    if (format !== 'csv' && format !== 'xlsx') {
      badRequest(res, 'Give format (csv or xlsx)', 'format');
      return;
    }
    try {
      res.json({ columns: await readHeader(req, format) });
    } catch {
      badRequest(res, 'The file could not be read as the format given', 'content');
    }
  });
  return router;
}
