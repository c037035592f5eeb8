import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The bearer token lives in this module's memory only (never in localStorage, sessionStorage or a cookie): a reload
 * or a new tab signs the user out, which is the point.
 */
let token: string | null = null;
let onUnauthenticated: () => void = () => undefined;

export const session = {
  get token() {
    return token;
  },
  set(next: string | null) {
    token = next;
  },
  /** called when the API answers UNAUTHENTICATED to a signed-in request (expired or revoked session) */
  onExpired(fn: () => void) {
    onUnauthenticated = fn;
  },
};

const auth = new SetContextLink((prev) => ({
  headers: { ...prev.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
}));

const expired = new ErrorLink(({ error }) => {
  if (
    token &&
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
  )
    onUnauthenticated();
});

export const client = new ApolloClient({
  link: ApolloLink.from([expired, auth, new HttpLink({ uri: '/graphql', credentials: 'omit' })]),
  cache: new InMemoryCache({
    typePolicies: {
      // pages of a list are replaced, not merged
      Query: { fields: { cases: { keyArgs: ['filter', 'after', 'first'] } } },
      PanelMetrics: { keyFields: false },
      Research: { keyFields: ['id'] },
    },
  }),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
