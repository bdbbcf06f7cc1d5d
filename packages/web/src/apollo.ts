import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The dashboard talks to the API on the same origin (`/graphql`), or through the Vite dev proxy. */
export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({ link: new HttpLink({ uri }), cache: new InMemoryCache() });
}
