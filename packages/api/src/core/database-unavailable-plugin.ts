import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { RETRY_AFTER_SECONDS, reportDatabaseError } from './database-availability';
import type { ChpContext } from './context';

/**
 * A GraphQL request that failed because the database went away answers HTTP 503 with
 * Retry-After (not 200 with an internal error), and tells the availability tracker.
 */
export function databaseUnavailablePlugin(): ApolloServerPlugin<ChpContext> {
  return {
    requestDidStart() {
      let unavailable = false;
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (reportDatabaseError(contextValue.dataSource, unwrapResolverError(error)))
              unavailable = true;
          }
          return Promise.resolve();
        },
        willSendResponse({ response }) {
          if (unavailable) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
