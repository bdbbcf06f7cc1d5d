import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';

/** Called when the API says the session has ended (the app shows the sign-in page again). */
export const sessionEvents = { onSessionEnded: (): void => undefined };

/**
 * The dashboard talks to the API on the same origin (`/graphql`), or through the Vite dev
 * proxy. The session travels in the httpOnly `chp_session` cookie set by `signIn`.
 */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  const ended = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Me' || operation.operationName === 'SignIn') return;
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      sessionEvents.onSessionEnded();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([ended, new HttpLink({ uri, credentials: 'same-origin' })]),
    cache: new InMemoryCache({
      typePolicies: {
        // Reports and pages have no id of their own: keep them under the query that asked.
        SpsoIndicatorsReport: { keyFields: false },
        ComplaintTrends: { keyFields: false },
        QuietAreasReport: { keyFields: false },
        OverdueActions: { keyFields: false },
      },
    }),
  });
}
