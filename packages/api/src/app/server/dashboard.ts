import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

const missingBuildPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CHP Insight</title></head>
<body><h1>CHP Insight</h1>
<p>The dashboard has not been built. Run <code>npm run build</code> (or <code>npm start</code>, which builds first),
then reload this page. The API is at <a href="/graphql">/graphql</a>.</p></body></html>`;

/** Vite names each file under assets/ by its content's hash: a new build makes new names. */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8,}\.\w+$/;

/**
 * Serves the built dashboard from `webDist`, with index.html for any other GET (client-side
 * routes). Hashed assets are cached for a year as immutable (their name changes with their
 * content); anything else for an hour, and index.html is revalidated on every load so a new
 * build is picked up at once. Without a build, a page that says how to make one.
 */
export function dashboard(webDist: string): Router {
  const router = express.Router();
  const index = path.join(webDist, 'index.html');
  router.use(
    express.static(webDist, {
      index: false,
      maxAge: '1h',
      setHeaders(res, file) {
        if (HASHED_ASSET.test(file))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  router.get(/.*/, (req, res, next) => {
    if (req.path.startsWith('/graphql')) return next();
    if (!req.accepts('html')) return next();
    if (!existsSync(index)) {
      res.status(503).type('html').send(missingBuildPage);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
