import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { isUUID } from 'class-validator';
import { AuditService } from '@marac/audit';
import { CaseService, CaseStatus } from '@marac/cases';
import { byKeys, Db, DomainError, isCalendarDate, londonToday, type RequestContext } from '@marac/core';
import { PanelService, UserService } from '@marac/identity';
import { MeetingService } from '@marac/meetings';
import { actionAssigned, OutboxService } from '@marac/notifications';
import { ActionCategory } from './action.enums.js';
import { ActionRepository, type ActionKey } from './action.repository.js';
import type { ActionFilter, CreateActionInput, UpdateActionInput } from './dto/action.inputs.js';
import type { ActionModel, ActionUpdateModel } from './models/action.model.js';

export const ACTIONS_PAGE_DEFAULT = 100;
export const ACTIONS_PAGE_MAX = 500;
const OPEN_CASE: readonly CaseStatus[] = [CaseStatus.ACCEPTED, CaseStatus.LISTED, CaseStatus.HEARD];

function requireText(value: string, field: string): string {
  const text = value?.trim();
  if (!text) throw DomainError.badInput(field, 'cannot be empty');
  return text;
}

/**
 * Actions agreed for a case. The repository shows an action only to users who see its case in detail; who may create
 * or update one is the CASL 'Action' rules, checked on the row. The owner agency, assignee and agenda item are checked
 * through their owners' services.
 */
@Injectable()
export class ActionService {
  constructor(
    private readonly db: Db,
    private readonly actions: ActionRepository,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly meetings: MeetingService,
    private readonly panels: PanelService,
    private readonly users: UserService,
    private readonly outbox: OutboxService,
  ) {}

  // ---------------------------------------------------------------- reads

  /** One page (`first`: default 100, at most 500; `after`: the last id of the previous page). Nothing is cut. */
  async list(
    ctx: RequestContext,
    filter: ActionFilter = {},
    first?: number | null,
    after?: string | null,
  ): Promise<ActionModel[]> {
    const n = first ?? ACTIONS_PAGE_DEFAULT;
    if (!Number.isInteger(n) || n < 1 || n > ACTIONS_PAGE_MAX)
      throw DomainError.badInput('first', `must be from 1 to ${ACTIONS_PAGE_MAX}`);
    if (after !== null && after !== undefined && !isUUID(after, 'all'))
      throw DomainError.badInput('after', 'is not a valid id');
    const rows = await this.actions.page(ctx, filter, n, after);
    // the list opens the door to its cases' personal data (Action.case): in the request's read audit
    ctx.noteRead(
      'case',
      rows.map((a) => a.caseId),
    );
    return rows;
  }

  /**
   * One action the caller sees (its case in detail); NOT_FOUND otherwise, the same answer as for an id that does not
   * exist. Its case's personal data is opened through Action.case: in the request's read audit.
   */
  async get(ctx: RequestContext, id: string): Promise<ActionModel> {
    const a = await this.mustSee(ctx, id);
    ctx.noteRead('case', [a.caseId]);
    return a;
  }

  /** The actions of a case (Case.actions), when the caller sees it in detail. */
  ofCase(ctx: RequestContext, caseId: string): Promise<ActionModel[]> {
    return this.loader(ctx, 'case.actions', 'case_id', (a) => a.caseId).load(caseId);
  }

  /** The actions agreed on an agenda item (AgendaItem.actions). */
  ofAgendaItem(ctx: RequestContext, agendaItemId: string): Promise<ActionModel[]> {
    return this.loader(ctx, 'agenda.actions', 'agenda_item_id', (a) => a.agendaItemId!).load(agendaItemId);
  }

  /** The history of an action the caller sees (ActionUpdate); nothing for one they do not. */
  updates(ctx: RequestContext, actionId: string): Promise<ActionUpdateModel[]> {
    return ctx
      .loader<string, ActionUpdateModel[]>('action.updates', async (ids) =>
        byKeys(ids, await this.actions.updates(ctx, ids), (u) => u.actionId),
      )
      .load(actionId);
  }

  private loader(ctx: RequestContext, name: string, key: ActionKey, keyOf: (a: ActionModel) => string) {
    return ctx.loader<string, ActionModel[]>(name, async (ids) =>
      byKeys(ids, await this.actions.byKeys(ctx, key, ids), keyOf),
    );
  }

  // ---------------------------------------------------------------- changes

  async create(ctx: RequestContext, input: CreateActionInput): Promise<ActionModel> {
    const description = requireText(input.description, 'description');
    if (!isCalendarDate(input.dueDate)) throw DomainError.badInput('dueDate', 'must be a date YYYY-MM-DD');
    const id = await this.db.tx(ctx, async (txCtx) => {
      const c = await this.cases.lockFor(txCtx, input.caseId, 'readDetail');
      if (!txCtx.can.can('create', subject('Action', { panelId: c.panelId }))) throw DomainError.forbidden();
      // an action is agreed for the future: due today at the earliest (Europe/London, the platform's clock)
      const today = londonToday();
      if (input.dueDate < today) throw DomainError.badInput('dueDate', `cannot be before today (${today})`);
      if (!OPEN_CASE.includes(c.status))
        throw DomainError.badInput('caseId', `actions are agreed on open cases, not on a ${c.status} case`);
      if (input.agendaItemId) {
        const item = await this.meetings.itemById(txCtx, input.agendaItemId);
        if (item?.caseId !== c.id)
          throw DomainError.badInput('agendaItemId', 'is not an agenda item of this case');
      }
      await this.checkOwner(txCtx, c.panelId, input.ownerAgencyId, input.assigneeId);
      const actionId = await this.actions.insert(txCtx, {
        caseId: c.id,
        panelId: c.panelId,
        agendaItemId: input.agendaItemId ?? null,
        description,
        ownerAgencyId: input.ownerAgencyId,
        assigneeId: input.assigneeId ?? null,
        dueDate: input.dueDate,
        category: input.category ?? ActionCategory.OTHER,
        createdBy: txCtx.me.id,
      });
      await this.audit.record(txCtx, {
        action: 'action.create',
        entityType: 'Action',
        entityId: actionId,
        caseId: c.id,
        details: { ownerAgencyId: input.ownerAgencyId, category: input.category ?? ActionCategory.OTHER },
      });
      await this.notify(txCtx, actionId, false);
      return actionId;
    });
    return this.mustSee(ctx, id);
  }

  /** Optimistic: `expectedVersion` must be the current version (0 rows changed: CONFLICT). */
  async update(ctx: RequestContext, input: UpdateActionInput): Promise<ActionModel> {
    const note = requireText(input.note, 'note');
    await this.db.tx(ctx, async (txCtx) => {
      const [a] = await this.actions.byKeys(txCtx, 'id', [input.actionId]);
      if (!a) throw DomainError.notFound('Action', input.actionId);
      const facts = { panelId: a.panelId, ownerAgencyId: a.ownerAgencyId, assigneeId: a.assigneeId };
      if (!txCtx.can.can('update', subject('Action', facts))) throw DomainError.forbidden();
      const reassigned =
        input.assigneeId !== undefined && input.assigneeId !== null && input.assigneeId !== a.assigneeId;
      if (reassigned) await this.checkOwner(txCtx, a.panelId, a.ownerAgencyId, input.assigneeId);
      const changed = await this.actions.changeStatus(txCtx, {
        id: a.id,
        expectedVersion: input.expectedVersion,
        status: input.status,
        assigneeId: reassigned ? input.assigneeId! : a.assigneeId,
      });
      if (!changed)
        throw DomainError.conflict(
          `The action was changed by someone else (expected version ${input.expectedVersion}); reload it`,
        );
      await this.actions.addUpdate(txCtx, {
        actionId: a.id,
        status: input.status,
        note,
        byUserId: txCtx.me.id,
      });
      await this.audit.record(txCtx, {
        action: 'action.update',
        entityType: 'Action',
        entityId: a.id,
        caseId: a.caseId,
        details: { from: a.status, to: input.status, reassigned },
      });
      if (reassigned) await this.notify(txCtx, a.id, true);
    });
    return this.mustSee(ctx, input.actionId);
  }

  // ---------------------------------------------------------------- helpers

  private async mustSee(ctx: RequestContext, id: string): Promise<ActionModel> {
    const [a] = await this.actions.byKeys(ctx, 'id', [id]);
    if (!a) throw DomainError.notFound('Action', id);
    return a;
  }

  /** The owner agency sits on the panel; the assignee, if any, is an active user of that agency. */
  private async checkOwner(
    ctx: RequestContext,
    panelId: string,
    agencyId: string,
    assigneeId?: string | null,
  ): Promise<void> {
    const members = await this.panels.memberAgencies(ctx, panelId);
    if (!members.some((m) => m.id === agencyId))
      throw DomainError.badInput('ownerAgencyId', 'is not a member agency of the panel');
    if (assigneeId) {
      const user = await this.users.byId(ctx, assigneeId);
      if (!user || user.disabled || user.agencyId !== agencyId)
        throw DomainError.badInput('assigneeId', 'is not an active user of the owner agency');
    }
  }

  /**
   * Tells the owner agency's panel reps and the assignee, in the same transaction (outbox). Only those who may see
   * the action (who see its case in detail, by the access rules) receive it.
   */
  private async notify(txCtx: RequestContext, actionId: string, reassigned: boolean): Promise<void> {
    const [a] = await this.actions.byKeys(txCtx, 'id', [actionId]);
    const c = await this.cases.visible(txCtx, a.caseId);
    if (!c) return;
    await this.outbox.enqueue(
      txCtx,
      reassigned ? 'action.reassigned' : 'action.created',
      actionAssigned({
        reference: c.reference,
        dueDate: a.dueDate,
        reassigned,
        link: this.outbox.link(`/actions/${a.id}`),
      }),
      {
        userIds: [a.assigneeId],
        panelReps: { panelId: a.panelId, agencyId: a.ownerAgencyId },
        caseId: a.caseId,
        level: 'readDetail',
      },
    );
  }
}
