import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { MongoAbility } from '@casl/ability';
import type { AgencyKind, GlobalRole, PanelRole } from './enums.js';

/** Who is calling: loaded afresh from the database on every request (so revocation is immediate). */
export interface AuthUser {
  id: string;
  sessionId: string;
  agencyId: string;
  agencyKind: AgencyKind;
  globalRoles: GlobalRole[];
  /** agencyIsMember: the user's agency is one of the panel's member agencies (needed for a "panel rep"). */
  memberships: { panelId: string; role: PanelRole; agencyIsMember: boolean }[];
}

/** The ability type; the rules themselves are defined once, in the access library. */
export type AppAbility = MongoAbility<[string, any]>;

/**
 * One context per request (after Vendure's RequestContext): built by the GraphQL context factory, completed by the
 * global guard (user, ability), and passed first to every service method. Loaders live and die with it.
 */
export class RequestContext {
  user: AuthUser | null = null;
  ability: AppAbility | null = null;
  private readonly loaders = new Map<string, DataLoader<any, any>>();

  constructor(readonly requestId: string = randomUUID()) {}

  /** The signed-in user; services only run behind the guard, so this never fails there. */
  get me(): AuthUser {
    if (!this.user) throw new Error('RequestContext has no user (operation not behind the guard?)');
    return this.user;
  }

  get can(): AppAbility {
    if (!this.ability) throw new Error('RequestContext has no ability');
    return this.ability;
  }

  /** A per-request DataLoader, created on first use under `key`. */
  loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let l = this.loaders.get(key);
    if (!l) {
      l = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, l);
    }
    return l as DataLoader<K, V>;
  }

  private readonly claimed = new Set<string>();

  /** True the first time `key` is claimed in this request, false after (for "at most once per request" rules). */
  claimOnce(key: string): boolean {
    if (this.claimed.has(key)) return false;
    this.claimed.add(key);
    return true;
  }

  /** Forgets every loaded value: a mutation changes data that earlier loads in the same request may hold. */
  clearLoaders(): void {
    this.loaders.clear();
  }

  /** A context for work done by the system itself (start-up, demo data, workers). */
  static system(): RequestContext {
    return new RequestContext(`system-${randomUUID()}`);
  }
}

/** Groups rows by key in the order of `keys` (for DataLoader batch functions). */
export function byKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const r of rows) {
    const k = keyOf(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** One row per key, or null. */
export function oneByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map<K, V>();
  for (const r of rows) map.set(keyOf(r), r);
  return keys.map((k) => map.get(k) ?? null);
}
