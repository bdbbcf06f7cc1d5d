import express, { type Request, type Response, type Router } from 'express';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { createContext, type ChpContext } from '../context';
import {
  exportOrganisation,
  exportRegister,
  exportSubjectAccess,
  type DownloadHead,
} from '../../modules/exports';
import { exportReturn, type ReturnFile } from '../../modules/returns';
import { notFound } from '../../core/errors';
import type { Log } from '../../log';

const RETURN_FILES: readonly string[] = ['spso', 'arc', 'reconciliation', 'statistics'];

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
};

/**
 * Downloads (docs/api.md, Downloads), GET with the session cookie (or a Bearer token):
 * /exports/register.csv and .xlsx with the register's filters in the query string,
 * /exports/organisation.zip and .xlsx (administrators), and /exports/subject-access.zip with
 * customerId or personId (administrators), and /exports/returns/<spso|arc|reconciliation|statistics>.csv
 * with the period in the query string (managers: the Returns page). Each is streamed from one read-only snapshot; GETs
 * change nothing but the audit log, so a cross-site link can start one but never read it.
 */
export function exportEndpoint(dataSource: DataSource, clock: () => Date, log: Log): Router {
  const router = express.Router();
  const serve =
    (
      run: (
        ctx: ChpContext,
        req: Request,
        start: (head: DownloadHead) => Writable,
      ) => Promise<void>,
    ) =>
    async (req: Request, res: Response) => {
      const ctx = await createContext({ dataSource, clock }, req, undefined);
      const start = (head: DownloadHead): Writable => {
        res.status(200);
        res.setHeader('content-type', head.contentType);
        res.setHeader('content-disposition', `attachment; filename="${head.fileName}"`);
        res.setHeader('cache-control', 'no-store');
        return res;
      };
      try {
        await run(ctx, req, start);
        if (!res.writableEnded) res.end();
      } catch (error) {
        const ext = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
        const status = STATUS[String(ext['code'])];
        if (res.headersSent) {
          // the file is half sent: cut the connection so the download fails rather than looks whole
          log.error('export failed while streaming', error);
          res.destroy();
          return;
        }
        if (status) {
          res
            .status(status)
            .json({ errors: [{ message: (error as Error).message, extensions: ext }] });
          return;
        }
        log.error('export failed', error);
        res.status(500).json({
          errors: [{ message: 'The export failed', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        });
      }
    };
  router.get(
    '/register.csv',
    serve((ctx, req, start) => exportRegister(ctx, req.query, 'csv', start)),
  );
  router.get(
    '/register.xlsx',
    serve((ctx, req, start) => exportRegister(ctx, req.query, 'xlsx', start)),
  );
  router.get(
    '/organisation.zip',
    serve((ctx, _req, start) => exportOrganisation(ctx, 'zip', start)),
  );
  router.get(
    '/organisation.xlsx',
    serve((ctx, _req, start) => exportOrganisation(ctx, 'xlsx', start)),
  );
  router.get(
    '/subject-access.zip',
    serve((ctx, req, start) =>
      exportSubjectAccess(
        ctx,
        { customerId: req.query['customerId'], personId: req.query['personId'] },
        start,
      ),
    ),
  );
  router.get(
    '/returns/:file',
    serve(async (ctx, req, start) => {
      const file = /^(\w+)\.csv$/.exec(String(req.params['file']))?.[1];
      if (!file || !RETURN_FILES.includes(file)) throw notFound('Download');
      const { fileName, text } = await exportReturn(ctx, file as ReturnFile, req.query);
      start({ fileName, contentType: 'text/csv; charset=utf-8' }).end(`\uFEFF${text}`);
    }),
  );
  return router;
}
