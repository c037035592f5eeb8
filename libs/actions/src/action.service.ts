import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '@marac/access';
import { AuditService } from '@marac/audit';
import { caseAccess, CaseService, CaseStatus } from '@marac/cases';
import { byKeys, Db, DomainError, isCalendarDate, londonToday, type RequestContext } from '@marac/core';
import { actionAssigned, OutboxService } from '@marac/notifications';
import { FINISHED } from './action.enums.js';
import type { ActionFilter, CreateActionInput, UpdateActionInput } from './dto/action.inputs.js';
import type { ActionModel, ActionUpdateModel } from './models/action.model.js';

export const ACTIONS_MAX = 500;
const ACTION_COLUMNS = `a.id, a.description, a.due_date AS "dueDate", a.status, a.version, a.case_id AS "caseId",
  a.panel_id AS "panelId", a.agenda_item_id AS "agendaItemId", a.owner_agency_id AS "ownerAgencyId", a.assignee_id AS "assigneeId"`;
const OPEN_CASE: readonly CaseStatus[] = [CaseStatus.ACCEPTED, CaseStatus.LISTED, CaseStatus.HEARD];

function requireText(value: string, field: string): string {
  const text = value?.trim();
  if (!text) throw DomainError.badInput(field, 'cannot be empty');
  return text;
}

/**
 * Actions agreed for a case. Rows are visible only to users who see their case in detail (the CASL case rules in
 * SQL); who may create or update one is the CASL 'Action' rules, checked on the row.
 */
@Injectable()
export class ActionService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly outbox: OutboxService,
  ) {}

  // ---------------------------------------------------------------- reads

  async list(ctx: RequestContext, filter: ActionFilter = {}): Promise<ActionModel[]> {
    const params = new SqlParams();
    const where = [caseAccess(ctx.can, params).detail];
    if (filter.agencyId) where.push(`a.owner_agency_id = ${params.add(filter.agencyId)}`);
    if (filter.panelId) where.push(`a.panel_id = ${params.add(filter.panelId)}`);
    if (filter.status?.length) where.push(`a.status = ANY(${params.add(filter.status)})`);
    if (filter.overdue !== null && filter.overdue !== undefined) {
      const overdue = `(a.status NOT IN ('DONE', 'CANCELLED') AND a.due_date < ${params.add(londonToday())}::date)`;
      where.push(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    const rows = await this.db.query<ActionModel>(
      `SELECT ${ACTION_COLUMNS} FROM action a JOIN case_record c ON c.id = a.case_id
        WHERE ${where.join(' AND ')} ORDER BY a.due_date, a.created_at, a.id LIMIT ${ACTIONS_MAX}`,
      params.values,
    );
    // the list opens the door to its cases' personal data (Action.case): audited per case, in one statement
    const caseIds = [...new Set(rows.map((a) => a.caseId))];
    if (caseIds.length) {
      await this.audit.recordRead(
        ctx,
        ...caseIds.map((caseId) => ({
          action: 'action.list_read',
          entityType: 'Case',
          entityId: caseId,
          caseId,
        })),
      );
    }
    return rows;
  }

  /** The actions of cases (Case.actions), for cases the caller sees in detail. */
  ofCase(ctx: RequestContext, caseId: string): Promise<ActionModel[]> {
    return ctx
      .loader<string, ActionModel[]>('case.actions', async (ids) =>
        byKeys(ids, await this.visible(ctx, 'a.case_id', ids), (a) => a.caseId),
      )
      .load(caseId);
  }

  /** The actions agreed on agenda items (AgendaItem.actions). */
  ofAgendaItem(ctx: RequestContext, agendaItemId: string): Promise<ActionModel[]> {
    return ctx
      .loader<string, ActionModel[]>('agenda.actions', async (ids) =>
        byKeys(ids, await this.visible(ctx, 'a.agenda_item_id', ids), (a) => a.agendaItemId!),
      )
      .load(agendaItemId);
  }

  updates(ctx: RequestContext, actionId: string): Promise<ActionUpdateModel[]> {
    return ctx
      .loader<string, ActionUpdateModel[]>('action.updates', async (ids) =>
        byKeys(
          ids,
          await this.db.query(
            `SELECT action_id AS "actionId", note, status, at, by_user_id AS "byUserId"
               FROM action_update WHERE action_id = ANY($1) ORDER BY at, id`,
            [ids],
          ),
          (u) => u.actionId,
        ),
      )
      .load(actionId);
  }

  // ---------------------------------------------------------------- changes

  async create(ctx: RequestContext, input: CreateActionInput): Promise<ActionModel> {
    const description = requireText(input.description, 'description');
    if (!isCalendarDate(input.dueDate)) throw DomainError.badInput('dueDate', 'must be a date YYYY-MM-DD');
    const id = await this.db.tx(async (em) => {
      const c = await this.cases.lockFor(em, ctx, input.caseId, 'readDetail');
      if (!ctx.can.can('create', subject('Action', { panelId: c.panelId }))) throw DomainError.forbidden();
      if (!OPEN_CASE.includes(c.status))
        throw DomainError.badInput('caseId', `actions are agreed on open cases, not on a ${c.status} case`);
      if (input.agendaItemId) {
        const [item] = await em.query('SELECT 1 FROM agenda_item WHERE id = $1 AND case_id = $2', [
          input.agendaItemId,
          c.id,
        ]);
        if (!item) throw DomainError.badInput('agendaItemId', 'is not an agenda item of this case');
      }
      await this.checkOwner(em, c.panelId, input.ownerAgencyId, input.assigneeId);
      const [a] = await em.query(
        `INSERT INTO action (case_id, panel_id, agenda_item_id, description, owner_agency_id, assignee_id, due_date, created_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          c.id,
          c.panelId,
          input.agendaItemId ?? null,
          description,
          input.ownerAgencyId,
          input.assigneeId ?? null,
          input.dueDate,
          ctx.me.id,
        ],
      );
      await this.audit.record(em, ctx, {
        action: 'action.create',
        entityType: 'Action',
        entityId: a.id,
        caseId: c.id,
        details: { ownerAgencyId: input.ownerAgencyId },
      });
      await this.notify(em, a.id, false);
      return a.id as string;
    });
    return this.mustSee(ctx, id);
  }

  /** Optimistic: `expectedVersion` must be the current version (UPDATE ... WHERE version = $n; 0 rows: CONFLICT). */
  async update(ctx: RequestContext, input: UpdateActionInput): Promise<ActionModel> {
    const note = requireText(input.note, 'note');
    await this.db.tx(async (em) => {
      const [a] = await this.visible(ctx, 'a.id', [input.actionId], em);
      if (!a) throw DomainError.notFound('Action', input.actionId);
      if (
        !ctx.can.can(
          'update',
          subject('Action', { panelId: a.panelId, ownerAgencyId: a.ownerAgencyId, assigneeId: a.assigneeId }),
        )
      ) {
        throw DomainError.forbidden();
      }
      const reassigned =
        input.assigneeId !== undefined && input.assigneeId !== null && input.assigneeId !== a.assigneeId;
      if (reassigned) await this.checkOwner(em, a.panelId, a.ownerAgencyId, input.assigneeId);
      const changed = await em.query(
        `UPDATE action SET status = $3, assignee_id = $4, version = version + 1, updated_at = now(),
                completed_at = CASE WHEN $3 = ANY($5::text[]) THEN coalesce(completed_at, now()) END
          WHERE id = $1 AND version = $2 RETURNING id`,
        [a.id, input.expectedVersion, input.status, reassigned ? input.assigneeId : a.assigneeId, FINISHED],
      );
      if (!changed[0]?.length)
        throw DomainError.conflict(
          `The action was changed by someone else (expected version ${input.expectedVersion}); reload it`,
        );
      await em.query(
        'INSERT INTO action_update (action_id, status, note, by_user_id) VALUES ($1, $2, $3, $4)',
        [a.id, input.status, note, ctx.me.id],
      );
      await this.audit.record(em, ctx, {
        action: 'action.update',
        entityType: 'Action',
        entityId: a.id,
        caseId: a.caseId,
        details: { from: a.status, to: input.status, reassigned },
      });
      if (reassigned) await this.notify(em, a.id, true);
    });
    return this.mustSee(ctx, input.actionId);
  }

  // ---------------------------------------------------------------- helpers

  /** Actions whose case the caller sees in detail, by a key column. */
  private visible(
    ctx: RequestContext,
    column: string,
    keys: readonly string[],
    em?: EntityManager,
  ): Promise<ActionModel[]> {
    const params = new SqlParams();
    const detail = caseAccess(ctx.can, params).detail;
    const $keys = params.add(keys);
    return this.db.query(
      `SELECT ${ACTION_COLUMNS} FROM action a JOIN case_record c ON c.id = a.case_id
        WHERE ${column} = ANY(${$keys}) AND ${detail} ORDER BY a.due_date, a.created_at, a.id`,
      params.values,
      em,
    );
  }

  private async mustSee(ctx: RequestContext, id: string): Promise<ActionModel> {
    const [a] = await this.visible(ctx, 'a.id', [id]);
    if (!a) throw DomainError.notFound('Action', id);
    return a;
  }

  /** The owner agency sits on the panel; the assignee, if any, is an active user of that agency. */
  private async checkOwner(
    em: EntityManager,
    panelId: string,
    agencyId: string,
    assigneeId?: string | null,
  ): Promise<void> {
    const [member] = await em.query(
      'SELECT 1 FROM panel_member_agency WHERE panel_id = $1 AND agency_id = $2',
      [panelId, agencyId],
    );
    if (!member) throw DomainError.badInput('ownerAgencyId', 'is not a member agency of the panel');
    if (assigneeId) {
      const [user] = await em.query(
        'SELECT 1 FROM app_user WHERE id = $1 AND agency_id = $2 AND NOT disabled',
        [assigneeId, agencyId],
      );
      if (!user) throw DomainError.badInput('assigneeId', 'is not an active user of the owner agency');
    }
  }

  /** Tells the owner agency's panel reps and the assignee, in the same transaction (outbox). */
  private async notify(em: EntityManager, actionId: string, reassigned: boolean): Promise<void> {
    const [a] = await em.query(
      `SELECT a.panel_id AS "panelId", a.owner_agency_id AS "agencyId", a.assignee_id AS "assigneeId", a.due_date AS "dueDate",
              a.case_id AS "caseId", c.reference
         FROM action a JOIN case_record c ON c.id = a.case_id WHERE a.id = $1`,
      [actionId],
    );
    await this.outbox.enqueue(
      em,
      reassigned ? 'action.reassigned' : 'action.created',
      actionAssigned({
        reference: a.reference,
        dueDate: a.dueDate,
        reassigned,
        link: this.outbox.link(`/cases/${a.caseId}`),
      }),
      { userIds: [a.assigneeId], panelReps: { panelId: a.panelId, agencyId: a.agencyId }, caseId: a.caseId },
    );
  }
}
