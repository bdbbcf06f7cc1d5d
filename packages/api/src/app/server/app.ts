import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express, { type Express, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type http from 'node:http';
import type { DataSource } from 'typeorm';
import { getConfig } from '../../config';
import { currentStatementScope, runInStatementScope } from '../../core/statement-counter';
import { createContext, type ChpContext } from '../context';
import { createErrorMasking } from '../../core/error-masking';
import { complexityLimit, depthLimit } from '../../core/limits';
import { documentLimits, requestTooLarge } from '../../core/document-limits';
import { requestBudget, type RequestBudgetOptions } from '../../core/request-budget';
import { createLog, type Log } from '../../log';
import { dashboard } from './dashboard';
import { publicGraphQL } from '../../surfaces/public/public-endpoint';
import { rateLimit } from '../../surfaces/public/rate-limit';
import { publicSite } from '../../surfaces/public/public-site';

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
  /** The request budget of /graphql; defaults to GRAPHQL_REQUESTS_PER_MINUTE(_PER_PERSON). */
  graphqlBudget?: RequestBudgetOptions;
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
  const apollo = new ApolloServer<ChpContext>({
    schema: options.schema,
    introspection: true,
    // main.ts owns SIGINT/SIGTERM and stops Apollo, the database and PostgreSQL in order; Apollo's
    // own signal handlers would race that shutdown and hang it.
    stopOnTerminationSignals: false,
    formatError: masking.formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit()],
    plugins: [
      masking.plugin,
      complexityLimit(options.schema),
      {
        requestDidStart() {
          return Promise.resolve({
            willSendResponse({ response }) {
              const scope = currentStatementScope();
              if (scope) response.http.headers.set('x-sql-statements', String(scope.count));
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

  const budget = requestBudget(
    options.dataSource,
    options.graphqlBudget ?? {
      perAddress: getConfig().graphqlRequestsPerMinute,
      perPerson: getConfig().graphqlRequestsPerMinutePerPerson,
      windowMs: 60_000,
    },
  );

  const app = express();
  app.disable('x-powered-by');
  // Behind a reverse proxy, the client's address (for the public request budget) comes from X-Forwarded-For.
  app.set('trust proxy', getConfig().trustProxy);
  app.use(
    '/graphql',
    (_req, _res, next) => runInStatementScope({ count: 0 }, next),
    cookieParser(),
    express.json({ limit: getConfig().graphqlMaxBodyBytes }),
    documentLimits(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const ctx = await createContext(
          { dataSource: options.dataSource, clock: options.clock },
          req,
          res,
        );
        await budget.consume(
          ctx.viewer
            ? { personId: ctx.viewer.personId }
            : { address: req.ip ?? req.socket.remoteAddress ?? 'unknown' },
        );
        return ctx;
      },
    }),
  );
  app.use('/graphql', requestTooLarge);
  // The public surface (no sign-in, published publications only): its own schema, see public-schema.ts,
  // and the public site built on it. Anyone may call it, so each address has a request budget.
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
  app.use('/public', publicSite({ dataSource: options.dataSource, log, clock: options.clock }));
  app.use(dashboard(options.webDist ?? getConfig().webDist));
  return { app, apollo };
}
