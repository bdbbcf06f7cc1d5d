import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import cookieParser from 'cookie-parser';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { DataSource } from 'typeorm';
import { getConfig } from '../../config';
import { currentStatementScope, runInStatementScope } from '../../core/statement-counter';
import { createContext, type ChpContext } from '../context';
import { createErrorMasking } from '../../core/error-masking';
import { complexityLimit, depthLimit } from '../../core/limits';
import { documentLimits } from '../../core/document-limits';
import { requestBudget, type RequestBudgetOptions } from '../../core/request-budget';
import { createLog, type Log } from '../../log';
import {
  databaseGate,
  databaseUnavailableError,
  reportDatabaseError,
} from '../../core/database-availability';
import { databaseUnavailablePlugin } from '../../core/database-unavailable-plugin';
import { healthEndpoint } from './health-endpoint';
import { graphqlHttp } from './graphql-http';
import { letterEndpoint } from './letter-endpoint';
import { boardPackEndpoint } from './board-pack-endpoint';
import { importEndpoint } from './import-endpoint';
import { exportEndpoint } from './export-endpoint';
import { evidenceEndpoint } from './evidence-endpoint';
import { graphqlBudget, sessionOf } from './graphql-budget';
import { dashboard } from './dashboard';
import { legacyJsonStatus } from './graphql-status';
import { jsonErrors } from './http-errors';
import { securityHeaders } from './security-headers';
import { publicGraphQL } from '../../surfaces/public/public-endpoint';
import { rateLimit } from '../../surfaces/public/rate-limit';
import { calendarEndpoint } from './calendar-endpoint';
import { publicSite } from '../../surfaces/public/public-site';
import { unavailablePage as unavailableHtml } from '../../surfaces/public/pages';
import { singleSignOnRoutes } from '../../modules/sso';

const unavailablePage = { type: 'html', text: unavailableHtml() };

export interface AppOptions {
  dataSource: DataSource;
  schema: GraphQLSchema;
  /** The built dashboard; defaults to WEB_DIST. */
  webDist?: string;
  log?: Log;
  /** When given, open connections are drained when the server closes. */
  httpServer?: http.Server;
  /** The clock requests see (tests fix it); defaults to the system clock. */
  clock?: () => Date;
  /** The request budget of /public per address; defaults to PUBLIC_REQUESTS_PER_MINUTE. */
  publicRateLimit?: RequestHandler;
  /** Production mode (no introspection, Secure cookie); defaults to NODE_ENV=production. */
  production?: boolean;
  /** The public site's address for absolute links; defaults to PUBLIC_BASE_URL. */
  publicBaseUrl?: string | null;
  /** The calendar feeds' request limit per address (tests pass their own). */
  calendarRateLimit?: RequestHandler;
  /** The request budget of /graphql; defaults to GRAPHQL_REQUESTS_PER_MINUTE(_PER_PERSON). */
  graphqlBudget?: RequestBudgetOptions;
  /** How long a repeated refusal of /graphql waits; defaults to GRAPHQL_REFUSAL_DELAY_MS. */
  graphqlRefusalDelayMs?: number;
}

export interface ChpApp {
  app: Express;
  apollo: ApolloServer<ChpContext>;
}

/**
 * The Express 5 app: GraphQL at /graphql (Apollo Server 5) and the dashboard on every other GET.
 * Each GraphQL response carries `x-sql-statements`, the statements its request sent.
 * Call `apollo.stop()` on shutdown.
 */
export async function createApp(options: AppOptions): Promise<ChpApp> {
  const log = options.log ?? createLog(getConfig().logLevel);
  const masking = createErrorMasking(log);
  const production = options.production ?? getConfig().production;
  const apollo = new ApolloServer<ChpContext>({
    schema: options.schema,
    // Introspection for development tools only; in production a stranger learns nothing of the
    // schema (the dashboard and its codegen read schema.graphql, not introspection).
    introspection: !production,
    // main.ts owns SIGINT/SIGTERM and stops Apollo, the database and PostgreSQL in order; Apollo's
    // own signal handlers would race that shutdown and hang it.
    stopOnTerminationSignals: false,
    formatError: masking.formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit()],
    plugins: [
      masking.plugin,
      databaseUnavailablePlugin(),
      // Apollo's landing page loads Apollo's sandbox from their CDN; no page is served at /graphql.
      ApolloServerPluginLandingPageDisabled(),
      // No answer is cacheable (no-store, below): the cache-control plugin's hook on every field
      // of every row costs a register page more than it says (issue 19).
      ApolloServerPluginCacheControlDisabled(),
      legacyJsonStatus(),
      complexityLimit(options.schema),
      {
        requestDidStart() {
          return Promise.resolve({
            willSendResponse({ response }) {
              const scope = currentStatementScope();
              if (scope) response.http.headers.set('x-sql-statements', String(scope.count));
              if (!response.http.headers.has('cache-control'))
                response.http.headers.set('cache-control', 'no-store');
              return Promise.resolve();
            },
          });
        },
      },
      ...(options.httpServer
        ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })]
        : []),
    ],
  });
  await apollo.start();

  const budget = graphqlBudget({
    dataSource: options.dataSource,
    clock: options.clock,
    refusalDelayMs: options.graphqlRefusalDelayMs ?? getConfig().graphqlRefusalDelayMs,
    budget: requestBudget(
      options.dataSource,
      options.graphqlBudget ?? {
        perAddress: getConfig().graphqlRequestsPerMinute,
        perPerson: getConfig().graphqlRequestsPerMinutePerPerson,
        windowMs: 60_000,
      },
    ),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders());
  // compressed (brotli or gzip, over 1 kB): the dashboard's scripts and styles and the public
  // site at the default levels; GraphQL's answers, made for one request, by graphql-http.ts at
  // the fastest (issue 19: a 20 kB register page took 150 µs at brotli's default for 1.8 kB)
  const compressFiles = compression();
  app.use((req, res, next) => (req.path === '/graphql' ? next() : compressFiles(req, res, next)));
  // Behind a reverse proxy, the client's address (for the public request budget) comes from X-Forwarded-For.
  app.set('trust proxy', getConfig().trustProxy);
  app.get('/health', healthEndpoint(options.dataSource));
  // Sign-in through the organisation's directory (OpenID Connect): redirects, not GraphQL.
  app.use('/auth/oidc', databaseGate(options.dataSource), (_req, _res, next) =>
    runInStatementScope({ count: 0 }, next),
  );
  // anyone may start one (it stores an attempt and calls the directory): a budget per address
  app.post('/auth/oidc/start', rateLimit({ limit: 300, windowMs: 60_000 }));
  app.use(
    singleSignOnRoutes({
      dataSource: options.dataSource,
      log,
      clock: options.clock,
      production,
      publicBaseUrl:
        options.publicBaseUrl === undefined ? getConfig().publicBaseUrl : options.publicBaseUrl,
    }),
  );
  app.use(
    '/imports',
    databaseGate(options.dataSource),
    cookieParser(),
    importEndpoint(options.dataSource, options.clock ?? (() => new Date()), log),
  );
  app.use(
    '/exports',
    databaseGate(options.dataSource),
    cookieParser(),
    exportEndpoint(options.dataSource, options.clock ?? (() => new Date()), log),
  );
  app.use(
    '/evidence',
    databaseGate(options.dataSource),
    cookieParser(),
    evidenceEndpoint(options.dataSource, options.clock ?? (() => new Date()), log, () => ({
      maxBytes: getConfig().evidenceMaxBytes,
      dir: getConfig().evidenceDir,
    })),
  );
  app.use(
    '/letters',
    databaseGate(options.dataSource),
    (_req, _res, next) => runInStatementScope({ count: 0 }, next),
    cookieParser(),
    letterEndpoint(options.dataSource, options.clock ?? (() => new Date())),
  );
  app.use(
    '/board-packs',
    databaseGate(options.dataSource),
    (_req, _res, next) => runInStatementScope({ count: 0 }, next),
    cookieParser(),
    boardPackEndpoint(options.dataSource, options.clock ?? (() => new Date())),
  );
  app.use(
    '/graphql',
    databaseGate(options.dataSource),
    (_req, _res, next) => runInStatementScope({ count: 0 }, next),
    cookieParser(),
    // every request counts, before its body is read; one over the budget costs neither its
    // parsing nor a statement (graphql-budget.ts)
    budget,
    express.json({ limit: getConfig().graphqlMaxBodyBytes }),
    documentLimits(),
    graphqlHttp(apollo, async ({ req, res }) => {
      try {
        return await createContext(
          {
            dataSource: options.dataSource,
            clock: options.clock,
            production,
            session: sessionOf(res),
          },
          req,
          res,
        );
      } catch (error) {
        if (reportDatabaseError(options.dataSource, error)) throw databaseUnavailableError();
        throw error;
      }
    }),
  );
  // The public surface (no sign-in, published publications only): its own schema, see public-schema.ts,
  // and the public site built on it. Anyone may call it, so each address has a request budget.
  app.use('/public/graphql', databaseGate(options.dataSource));
  app.use('/public', databaseGate(options.dataSource, unavailablePage));
  app.use('/public', (_req, _res, next) => runInStatementScope({ count: 0 }, next));
  app.use(
    '/public',
    options.publicRateLimit ??
      rateLimit({ limit: getConfig().publicRequestsPerMinute, windowMs: 60_000 }),
  );
  app.use(
    '/public/graphql',
    express.json({ limit: '100kb' }),
    publicGraphQL(options.dataSource, log),
  );
  app.use(
    '/public',
    publicSite({
      dataSource: options.dataSource,
      log,
      clock: options.clock,
      baseUrl:
        options.publicBaseUrl === undefined ? getConfig().publicBaseUrl : options.publicBaseUrl,
    }),
  );
  // Private calendar feeds: the token is the credential, so each address has a request budget.
  app.get(
    '/calendar/:file',
    databaseGate(options.dataSource),
    (_req, _res, next) => runInStatementScope({ count: 0 }, next),
    options.calendarRateLimit ??
      rateLimit({ limit: getConfig().publicRequestsPerMinute, windowMs: 60_000 }),
    calendarEndpoint(options.dataSource),
  );
  app.use(dashboard(options.webDist ?? getConfig().webDist));
  app.use(jsonErrors(log));
  return { app, apollo };
}
