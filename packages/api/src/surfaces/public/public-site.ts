import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { reportDatabaseError, sendUnavailable } from '../../core/database-availability';
import { currentStatementScope } from '../../core/statement-counter';
import type { Log } from '../../log';
import { downloadName, figuresCsv } from './figures-csv';
import { CONTENT_SECURITY_POLICY } from './html';
import {
  errorPage,
  notFoundPage,
  unavailablePage,
  organisationPage,
  organisationsPage,
  publicationPage,
  reportFile,
} from './pages';
import {
  ORGANISATION_PUBLICATIONS,
  ORGANISATIONS,
  PUBLICATION,
  readPublic,
  type Organisation,
  type Publication,
} from './public-read';
import { publicationPath } from './publication-view';

export interface PublicSiteOptions {
  dataSource: DataSource;
  log: Log;
  /** The time a downloaded copy says it was downloaded; defaults to now. */
  clock?: () => Date;
  /**
   * The site's public address (PUBLIC_BASE_URL), for the link back in a downloaded report; never
   * taken from the request's Host header, which a client chooses and a cache would keep.
   */
  baseUrl?: string | null;
}

type Read = { org: Organisation | null; publication: Publication | null };

/**
 * The public site, mounted at /public: server-rendered pages without sign-in or script, reading
 * only through the public GraphQL schema (published publications only).
 *   /public                          organisations that have published something
 *   /public/:slug                    an organisation's published reports
 *   /public/:slug/:id                one published report
 *   /public/:slug/:id/figures.csv    its figures as CSV
 *   /public/:slug/:id/report.html    the report as one self-contained HTML file
 */
export function publicSite({
  dataSource,
  log,
  clock = () => new Date(),
  baseUrl = null,
}: PublicSiteOptions): Router {
  const router = express.Router();
  router.use((_req, res, next) => {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  const send = (res: Response, status: number, body: string, cache: string, type = 'html') => {
    const scope = currentStatementScope();
    if (scope) res.setHeader('x-sql-statements', String(scope.count));
    res.status(status).setHeader('Cache-Control', cache).type(type).send(body);
  };
  // A withdrawn report leaves the site within five minutes even where a cache kept it.
  const CACHE = 'public, max-age=300';
  const notFound = (res: Response) => send(res, 404, notFoundPage(), 'no-store');
  const guarded =
    (handler: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      try {
        await handler(req, res);
      } catch (e) {
        if (reportDatabaseError(dataSource, e)) {
          sendUnavailable(res, { type: 'html', text: unavailablePage() });
          return;
        }
        log.error('public site error', e);
        send(res, 500, errorPage(), 'no-store');
      }
    };
  const readOne = async (req: Request): Promise<Read> => {
    const data = await readPublic<{
      publishingOrganisation: Organisation | null;
      publishedPublication: Publication | null;
    }>(dataSource, PUBLICATION, { slug: req.params.slug, id: req.params.id });
    return { org: data.publishingOrganisation, publication: data.publishedPublication };
  };

  router.get(
    '/',
    guarded(async (_req, res) => {
      const { publishingOrganisations } = await readPublic<{
        publishingOrganisations: Organisation[];
      }>(dataSource, ORGANISATIONS, {});
      send(res, 200, organisationsPage(publishingOrganisations), CACHE);
    }),
  );

  router.get(
    '/:slug',
    guarded(async (req, res) => {
      const data = await readPublic<{
        publishingOrganisation: Organisation | null;
        publishedPublications: Parameters<typeof organisationPage>[1];
      }>(dataSource, ORGANISATION_PUBLICATIONS, { slug: req.params.slug });
      if (!data.publishingOrganisation) return void notFound(res);
      send(
        res,
        200,
        organisationPage(data.publishingOrganisation, data.publishedPublications),
        CACHE,
      );
    }),
  );

  router.get(
    '/:slug/:id',
    guarded(async (req, res) => {
      const { org, publication } = await readOne(req);
      if (!org || !publication) return void notFound(res);
      send(res, 200, publicationPage(org, publication), CACHE);
    }),
  );

  router.get(
    '/:slug/:id/figures.csv',
    guarded(async (req, res) => {
      const { org, publication } = await readOne(req);
      if (!org || !publication) return void notFound(res);
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${downloadName(org.slug, publication.period, 'figures.csv')}"`,
      );
      // A byte-order mark, so that spreadsheet programs read names as UTF-8.
      send(res, 200, `\uFEFF${figuresCsv(publication)}`, CACHE, 'text/csv; charset=utf-8');
    }),
  );

  router.get(
    '/:slug/:id/report.html',
    guarded(async (req, res) => {
      const { org, publication } = await readOne(req);
      if (!org || !publication) return void notFound(res);
      const url = `${baseUrl ?? ''}${publicationPath(org.slug, publication.id)}`;
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="${downloadName(org.slug, publication.period, 'report.html')}"`,
      );
      send(res, 200, reportFile(org, publication, url, clock().toISOString()), CACHE);
    }),
  );

  router.use((_req, res) => notFound(res));
  return router;
}
