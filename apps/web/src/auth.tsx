import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { client, session } from './apollo';
import { graphql } from './gql';
import { rolesOf, type Me, type Roles } from './roles';

graphql(`
  fragment MeFields on User {
    id
    name
    email
    globalRoles
    agency {
      id
      name
      kind
    }
    memberships {
      role
      panel {
        id
        name
        kind
      }
    }
  }
`);

export const ME = graphql(`
  query Me {
    me {
      ...MeFields
    }
  }
`);

const LOGIN = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      user {
        ...MeFields
      }
    }
  }
`);

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

interface Auth {
  me: Me | null;
  roles: Roles | null;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

/** Signed-in state: the token in memory (see apollo.ts) and the user; signing out forgets both and the cache. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);

  const forget = useCallback(async () => {
    session.set(null);
    setMe(null);
    await client.clearStore();
  }, []);

  useEffect(() => session.onExpired(() => void forget()), [forget]);

  const signIn = useCallback(async (email: string, password: string) => {
    const r = await client.mutate({ mutation: LOGIN, variables: { input: { email, password } } });
    const login = r.data!.login;
    session.set(login.accessToken);
    setMe(login.user);
    return login.user;
  }, []);

  const signOut = useCallback(async () => {
    if (session.token) await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    await forget();
  }, [forget]);

  const value = useMemo(
    () => ({ me, roles: me ? rolesOf(me) : null, signIn, signOut }),
    [me, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** The signed-in user and their roles (only inside the signed-in routes). */
export function useMe(): { me: Me; roles: Roles } {
  const { me, roles } = useAuth();
  if (!me || !roles) throw new Error('useMe while signed out');
  return { me, roles };
}
