import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { byKeys, Db, DomainError, oneByKey, type RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';
import type {
  AddPanelMemberInput,
  CreatePanelInput,
  PanelSettings,
  PanelSettingsInput,
} from './dto/identity.inputs.js';
import type { Agency } from './entities/agency.entity.js';
import type { Panel, PanelMembership } from './entities/panel.entity.js';
import { EXCLUSIVE_GLOBAL_ROLES } from './panel-role-rules.js';
import { applySettingsChange, effectiveSettings } from './panel-settings.js';
import { AgencyRepository } from './repositories/agency.repository.js';
import { PanelRepository } from './repositories/panel.repository.js';
import { UserRepository } from './repositories/user.repository.js';

/** An area code from an area name when none is given: its first three letters, e.g. "Hartlepool" -> "HAR". */
export function deriveAreaCode(area: string): string {
  return area
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 3)
    .toUpperCase();
}

@Injectable()
export class PanelService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly panels: PanelRepository,
    private readonly agencies: AgencyRepository,
    private readonly users: UserRepository,
  ) {}

  list(ctx: RequestContext): Promise<Panel[]> {
    return this.panels.list(ctx);
  }

  byId(ctx: RequestContext, id: string): Promise<Panel | null> {
    return this.loader(ctx).load(id);
  }

  /** Puts a panel read by another statement (the session's) into the request's loader. */
  prime(ctx: RequestContext, panel: Panel): void {
    this.loader(ctx).prime(panel.id, panel);
  }

  private loader(ctx: RequestContext) {
    return ctx.loader<string, Panel | null>('panel.byId', async (ids) =>
      oneByKey(ids, await this.panels.byIds(ctx, ids), (p) => p.id),
    );
  }

  memberAgencies(ctx: RequestContext, panelId: string): Promise<Agency[]> {
    return ctx
      .loader<string, Agency[]>('panel.memberAgencies', async (ids) => {
        const rows = await this.panels.memberAgencies(ctx, ids);
        return byKeys(ids, rows, (r) => r.panelId).map((list) =>
          list.map(({ panelId: _p, ...a }) => a as Agency),
        );
      })
      .load(panelId);
  }

  async create(ctx: RequestContext, input: CreatePanelInput): Promise<Panel> {
    const areaCode = input.areaCode ?? deriveAreaCode(input.area);
    if (areaCode.length < 2)
      throw DomainError.badInput('areaCode', 'cannot be derived from the area; give one');
    const agencyIds = input.memberAgencyIds ?? [];
    return this.db.tx(ctx, async (txCtx) => {
      if (agencyIds.length && (await this.agencies.countExisting(txCtx, agencyIds)) !== agencyIds.length)
        throw DomainError.badInput('memberAgencyIds', 'names an agency that does not exist');
      const clash = await this.panels.clash(txCtx, input.kind, areaCode, input.name.trim());
      if (clash) {
        throw clash.sameName
          ? DomainError.conflict('A panel with this name already exists')
          : DomainError.conflict(
              `A ${input.kind} panel with area code ${areaCode} already exists; give another areaCode`,
            );
      }
      const panel = await this.panels.insert(
        txCtx,
        { kind: input.kind, name: input.name.trim(), area: input.area.trim(), areaCode },
        agencyIds,
      );
      await this.audit.record(txCtx, { action: 'panel.create', entityType: 'Panel', entityId: panel.id });
      return panel;
    });
  }

  /** Panel.settings: only for ADMIN and the panel's staff (CASL 'readSettings'); null for everyone else. */
  settingsOf(ctx: RequestContext, panel: Panel): PanelSettings | null {
    if (!ctx.can.can('readSettings', subject('Panel', { id: panel.id }))) return null;
    return effectiveSettings(panel.settings);
  }

  /** ADMIN: changes the settings the metrics use (population figures, expected ranges). */
  async updateSettings(ctx: RequestContext, input: PanelSettingsInput): Promise<Panel> {
    return this.db.tx(ctx, async (txCtx) => {
      const current = await this.panels.settingsForUpdate(txCtx, input.panelId);
      if (!current) throw DomainError.notFound('Panel', input.panelId);
      const next = applySettingsChange(current, input);
      await this.panels.setSettings(txCtx, input.panelId, next);
      await this.audit.record(txCtx, {
        action: 'panel.settings',
        entityType: 'Panel',
        entityId: input.panelId,
        details: {
          adultFemalePopulation: next.adultFemalePopulation ?? null,
          bamePopulationShare: next.bamePopulationShare ?? null,
          expectedRangeOverrides: next.expectedRanges?.length ?? 0,
        },
      });
      return (await this.panels.byId(txCtx, input.panelId))!;
    });
  }

  /**
   * ADMIN gives a user a role on a panel. Nobody grants a role to themselves, and a user holding a global role that
   * must stay apart from case work (ADMIN, STRATEGIC, AUDITOR) cannot be given a panel role (POLICY.md): an ADMIN
   * could otherwise make itself, or a colleague, coordinator and read every case. Both: BAD_USER_INPUT.
   */
  async addMember(ctx: RequestContext, input: AddPanelMemberInput): Promise<PanelMembership> {
    if (input.userId === ctx.me.id) throw DomainError.badInput('userId', 'you cannot give yourself a role');
    return this.db.tx(ctx, async (txCtx) => {
      if (!(await this.panels.exists(txCtx, input.panelId)))
        throw DomainError.notFound('Panel', input.panelId);
      // locked: global roles are set at creation only, but the check and the insert must see the same user
      const user = await this.users.credentialsForUpdate(txCtx, input.userId);
      if (!user) throw DomainError.notFound('User', input.userId);
      const exclusive = user.globalRoles.filter((r) => EXCLUSIVE_GLOBAL_ROLES.includes(r));
      if (exclusive.length)
        throw DomainError.badInput(
          'userId',
          `a user holding the global role ${exclusive.join(', ')} cannot be given a panel role`,
        );
      const { membership, added } = await this.panels.addMembership(
        txCtx,
        input.panelId,
        input.userId,
        input.role,
      );
      if (added) {
        await this.audit.record(txCtx, {
          action: 'panel.member_add',
          entityType: 'Panel',
          entityId: input.panelId,
          details: { userId: input.userId, role: input.role },
        });
      }
      return membership;
    });
  }

  /** Removes every role the user holds on the panel; takes effect on the user's next request. */
  async removeMember(ctx: RequestContext, panelId: string, userId: string): Promise<boolean> {
    return this.db.tx(ctx, async (txCtx) => {
      if (!(await this.panels.exists(txCtx, panelId))) throw DomainError.notFound('Panel', panelId);
      if (!(await this.panels.removeMemberships(txCtx, panelId, userId))) return false;
      await this.audit.record(txCtx, {
        action: 'panel.member_remove',
        entityType: 'Panel',
        entityId: panelId,
        details: { userId },
      });
      return true;
    });
  }
}
