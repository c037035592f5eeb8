import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import pLimit, { type LimitFunction } from 'p-limit';
import type { MongoAbility } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import type { AgencyKind, GlobalRole, PanelRole } from './enums.js';

/** Who is calling: loaded afresh from the database on every request (so revocation is immediate). */
export interface AuthUser {
  id: string;
  sessionId: string | null;
  agencyId: string;
  agencyKind: AgencyKind;
  globalRoles: GlobalRole[];
  /** agencyIsMember: the user's agency is one of the panel's member agencies (needed for a "panel rep"). */
  memberships: { panelId: string; role: PanelRole; agencyIsMember: boolean }[];
}

/** The ability type; the rules themselves are defined once, in the access library. */
export type AppAbility = MongoAbility<[string, any]>;

/** What one request has read of people's data: written once, as one read-audit event, at the end of the request. */
export class ReadLog {
  readonly caseIds = new Set<string>();
  readonly personIds = new Set<string>();
  get empty(): boolean {
    return this.caseIds.size === 0 && this.personIds.size === 0;
  }
}

/** State that lives exactly as long as one request and is shared by every context derived from it. */
interface RequestState {
  readonly reads: ReadLog;
  readonly claimed: Set<string>;
  /** the request's share of the pool: statements outside a transaction wait here, not in the pool's queue */
  readonly poolShare: LimitFunction;
}

/**
 * How many pool connections one request may use at once outside a transaction. GraphQL resolves sibling fields (and
 * aliases) in parallel; without a share, one request of 30 aliases queues 30 statements ahead of every other
 * request's, and a short read waits behind heavy ones past the pool's connect timeout.
 */
export const POOL_SHARE_PER_REQUEST = 3;

/**
 * One immutable context per request (after Vendure's RequestContext), passed first to every service and repository
 * method. It carries who is calling (user, CASL ability) and, inside `db.tx(ctx, (txCtx) => ...)`, the transaction:
 * every query made with a transactional context runs in that transaction. Nothing changes a context once built;
 * `withTransaction` and `system` derive new ones. Loaders live and die with the context that created them.
 *
 * Repositories apply the caller's row and field rules themselves. The ONE way around them is `ctx.system()`: for
 * jobs (outbox, reminders, seeding) and for rule evaluation that must look beyond the caller (flags, identity
 * resolution, reference sequences, e-mail recipients). What a system read finds never goes back to the caller as
 * rows or fields, only as derived facts. `git grep "\.system()"` lists every use.
 */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<any, any>>();

  private constructor(
    readonly requestId: string,
    readonly user: AuthUser | null,
    readonly ability: AppAbility | null,
    /** the transaction every query of this context runs in; null outside one */
    readonly em: EntityManager | null,
    /** true for a context that reads past the caller's row rules (see the class comment) */
    readonly isSystem: boolean,
    private readonly state: RequestState,
  ) {
    Object.freeze(this.state);
  }

  /** A request before (or without) authentication. */
  static anonymous(requestId: string = randomUUID()): RequestContext {
    return new RequestContext(requestId, null, null, null, false, newState());
  }

  /** The context of a signed-in user, with the ability the access library built for them. */
  static forUser(user: AuthUser, ability: AppAbility, requestId: string = randomUUID()): RequestContext {
    return new RequestContext(requestId, user, ability, null, false, newState());
  }

  /** A context for work done by the system itself (start-up, demo data, workers): no user, no row rules. */
  static job(name = 'job'): RequestContext {
    return new RequestContext(`${name}-${randomUUID()}`, null, null, null, true, newState());
  }

  /** The same caller inside transaction `em` (fresh loaders: a change must never be answered from older loads). */
  withTransaction(em: EntityManager): RequestContext {
    return new RequestContext(this.requestId, this.user, this.ability, em, this.isSystem, this.state);
  }

  /**
   * The explicit way past the caller's row rules, in the same transaction, for rule evaluation and jobs (see the
   * class comment). The user stays known as the actor of audit events.
   */
  system(): RequestContext {
    return new RequestContext(this.requestId, this.user, null, this.em, true, this.state);
  }

  /** The signed-in user; services only run behind the guard, so this never fails there. */
  get me(): AuthUser {
    if (!this.user) throw new Error('RequestContext has no user (operation not behind the guard?)');
    return this.user;
  }

  get can(): AppAbility {
    if (!this.ability) throw new Error('RequestContext has no ability (a system context has no row rules)');
    return this.ability;
  }

  /** What this request has read of people's data (the read audit writes it once, at the end of the request). */
  get reads(): ReadLog {
    return this.state.reads;
  }

  /** Notes that the response carries personal data of these cases / persons (for the one read-audit event). */
  noteRead(kind: 'case' | 'person', ids: Iterable<string | null | undefined>): void {
    const set = kind === 'case' ? this.state.reads.caseIds : this.state.reads.personIds;
    for (const id of ids) if (id) set.add(id);
  }

  /** Runs `statement` within the request's share of the pool (POOL_SHARE_PER_REQUEST at a time). */
  pooled<T>(statement: () => Promise<T>): Promise<T> {
    return this.state.poolShare(statement);
  }

  /** A per-context DataLoader, created on first use under `key`. */
  loader<K, V>(key: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let l = this.loaders.get(key);
    if (!l) {
      l = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      this.loaders.set(key, l);
    }
    return l as DataLoader<K, V>;
  }

  /** True the first time `key` is claimed in this request, false after (for "at most once per request" rules). */
  claimOnce(key: string): boolean {
    if (this.state.claimed.has(key)) return false;
    this.state.claimed.add(key);
    return true;
  }

  /** Forgets every loaded value: a mutation changes data that earlier loads in the same request may hold. */
  clearLoaders(): void {
    this.loaders.clear();
  }
}

function newState(): RequestState {
  return { reads: new ReadLog(), claimed: new Set(), poolShare: pLimit(POOL_SHARE_PER_REQUEST) };
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
