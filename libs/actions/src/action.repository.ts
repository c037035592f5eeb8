import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { caseVisibleSql } from '@marac/cases';
import { Db, DomainError, londonToday, type RequestContext } from '@marac/core';
import { agencyJsonSql, IdentityPrimePort } from '@marac/identity';
import { FINISHED, type ActionCategory, type ActionStatus } from './action.enums.js';
import type { ActionFilter } from './dto/action.inputs.js';
import type { ActionModel, ActionUpdateModel } from './models/action.model.js';
import { overdueSql } from './overdue.js';

const COLUMNS = `a.id, a.description, a.due_date AS "dueDate", a.status, a.category, a.version, a.case_id AS "caseId",
  a.panel_id AS "panelId", a.agenda_item_id AS "agendaItemId", a.owner_agency_id AS "ownerAgencyId",
  a.assignee_id AS "assigneeId"`;
const ORDER = 'a.due_date, a.created_at, a.id';

export type ActionKey = 'id' | 'case_id' | 'agenda_item_id';

export interface NewAction {
  caseId: string;
  panelId: string;
  agendaItemId: string | null;
  description: string;
  ownerAgencyId: string;
  assigneeId: string | null;
  dueDate: string;
  category: ActionCategory;
  createdBy: string;
}

/**
 * The only code that writes SQL for `action` and `action_update`. Every read takes the request context and keeps
 * only actions whose case the caller sees in detail (the cases library's visibility fragment, built from the CASL
 * rules); a system context (jobs) sees all. There is no unfiltered read to call.
 */
@Injectable()
export class ActionRepository {
  constructor(
    private readonly db: Db,
    private readonly identity: IdentityPrimePort,
  ) {}

  /** "The caller sees this action": its case is seen in detail. */
  private visible(ctx: RequestContext, params: SqlParams, alias = 'a'): string {
    return caseVisibleSql(ctx, params, `${alias}.case_id`, 'detail');
  }

  /** Visible actions by a key column (ids, cases, agenda items), in due-date order. */
  async byKeys(ctx: RequestContext, key: ActionKey, keys: readonly string[]): Promise<ActionModel[]> {
    if (!keys.length) return [];
    const p = new SqlParams();
    const $keys = p.add(keys);
    // each row carries its owner agency (identity's SQL), which primes the agency loader Action.ownerAgency reads
    const rows = await this.db.query<ActionModel & { bOwner: Record<string, unknown> | null }>(
      ctx,
      `SELECT ${COLUMNS}, ${agencyJsonSql('a.owner_agency_id')} AS "bOwner"
         FROM action a WHERE a.${key} = ANY(${$keys}) AND ${this.visible(ctx, p)} ORDER BY ${ORDER}`,
      p.values,
    );
    return rows.map(({ bOwner, ...a }) => {
      this.identity.primeAgency(ctx, bOwner);
      return a;
    });
  }

  /**
   * One page of the visible actions that match the filter, in due-date order: at most `first`, after the action
   * `after` (the last id of the previous page; it must be an action the caller sees).
   */
  async page(
    ctx: RequestContext,
    filter: ActionFilter,
    first: number,
    after?: string | null,
  ): Promise<ActionModel[]> {
    const p = new SqlParams();
    const where = [this.visible(ctx, p)];
    if (filter.agencyId) where.push(`a.owner_agency_id = ${p.add(filter.agencyId)}`);
    if (filter.panelId) where.push(`a.panel_id = ${p.add(filter.panelId)}`);
    if (filter.status?.length) where.push(`a.status = ANY(${p.add(filter.status)})`);
    if (filter.overdue !== null && filter.overdue !== undefined) {
      const overdue = overdueSql('a', p.add(londonToday()));
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (after) {
      const [cursor] = await this.byKeys(ctx, 'id', [after]);
      if (!cursor) throw DomainError.badInput('after', 'is not an action of this list');
      where.push(
        `(a.due_date, a.created_at, a.id) > (SELECT x.due_date, x.created_at, x.id FROM action x WHERE x.id = ${p.add(after)})`,
      );
    }
    return this.db.query(
      ctx,
      `SELECT ${COLUMNS} FROM action a WHERE ${where.join(' AND ')} ORDER BY ${ORDER} LIMIT ${p.add(first)}`,
      p.values,
    );
  }

  /** The history of visible actions (ActionUpdate), oldest first. */
  updates(ctx: RequestContext, actionIds: readonly string[]): Promise<ActionUpdateModel[]> {
    const p = new SqlParams();
    const $ids = p.add(actionIds);
    return this.db.query(
      ctx,
      `SELECT u.action_id AS "actionId", u.note, u.status, u.at, u.by_user_id AS "byUserId"
         FROM action_update u JOIN action a ON a.id = u.action_id
        WHERE u.action_id = ANY(${$ids}) AND ${this.visible(ctx, p)}
        ORDER BY u.at, u.id`,
      p.values,
    );
  }

  /** Unfinished actions due before `today` whose case the context sees (all of them for a job), oldest first. */
  overdue(ctx: RequestContext, today: string): Promise<ActionModel[]> {
    const p = new SqlParams();
    return this.db.query(
      ctx,
      `SELECT ${COLUMNS} FROM action a WHERE ${overdueSql('a', p.add(today))} AND ${this.visible(ctx, p)} ORDER BY ${ORDER}`,
      p.values,
    );
  }

  /** True when there is any action at all (a job's question: the demo seeder). */
  async any(ctx: RequestContext): Promise<boolean> {
    if (!ctx.isSystem) throw new Error('ActionRepository.any is for jobs (ctx.system())');
    return (await this.db.query(ctx, 'SELECT 1 FROM action LIMIT 1')).length > 0;
  }

  /** The reminders job's lock for this transaction: false when another process is building them. */
  async tryReminderLock(txCtx: RequestContext): Promise<boolean> {
    const [{ locked }] = await this.db.query(txCtx, 'SELECT pg_try_advisory_xact_lock(7426004) AS locked');
    return locked === true;
  }

  async insert(txCtx: RequestContext, a: NewAction): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO action (case_id, panel_id, agenda_item_id, description, owner_agency_id, assignee_id, due_date, category, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        a.caseId,
        a.panelId,
        a.agendaItemId,
        a.description,
        a.ownerAgencyId,
        a.assigneeId,
        a.dueDate,
        a.category,
        a.createdBy,
      ],
    );
    return row.id;
  }

  /** Optimistic: changes the action only at `expectedVersion`; false when someone else changed it first. */
  async changeStatus(
    txCtx: RequestContext,
    change: { id: string; expectedVersion: number; status: ActionStatus; assigneeId: string | null },
  ): Promise<boolean> {
    const [rows] = await this.db.query(
      txCtx,
      `UPDATE action SET status = $3, assignee_id = $4, version = version + 1, updated_at = now(),
              completed_at = CASE WHEN $3 = ANY($5::text[]) THEN coalesce(completed_at, now()) END
        WHERE id = $1 AND version = $2 RETURNING id`,
      [change.id, change.expectedVersion, change.status, change.assigneeId, FINISHED],
    );
    return !!(rows as unknown[] | undefined)?.length;
  }

  /**
   * Seeding only (a job's system context): dates a demo action in the past, as if it had been agreed on `createdAt`,
   * due on `dueDate` and (when finished) finished on `completedAt`; its history entries take the completion date.
   * The services refuse a due date before today; the demo history needs past ones, with plausible completions.
   */
  async backdateForSeed(
    ctx: RequestContext,
    id: string,
    dates: { createdAt: Date; dueDate: string; completedAt: Date | null },
  ): Promise<void> {
    if (!ctx.isSystem)
      throw new Error('ActionRepository.backdateForSeed is for the demo seeder (ctx.system())');
    await this.db.query(
      ctx,
      `UPDATE action SET created_at = $2, due_date = $3,
              completed_at = CASE WHEN completed_at IS NOT NULL THEN $4::timestamptz END,
              updated_at = coalesce($4::timestamptz, $2)
        WHERE id = $1`,
      [id, dates.createdAt, dates.dueDate, dates.completedAt],
    );
    await this.db.query(
      ctx,
      'UPDATE action_update SET at = coalesce($2::timestamptz, $3) WHERE action_id = $1',
      [id, dates.completedAt, dates.createdAt],
    );
  }

  async addUpdate(
    txCtx: RequestContext,
    u: { actionId: string; status: ActionStatus; note: string; byUserId: string },
  ): Promise<void> {
    await this.db.query(
      txCtx,
      'INSERT INTO action_update (action_id, status, note, by_user_id) VALUES ($1, $2, $3, $4)',
      [u.actionId, u.status, u.note, u.byUserId],
    );
  }
}
