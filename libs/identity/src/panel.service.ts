import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { subject } from '@casl/ability';
import { byKeys, Db, DomainError, oneByKey, type RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';
import type {
  AddPanelMemberInput,
  CreatePanelInput,
  PanelSettings,
  PanelSettingsInput,
} from './dto/identity.inputs.js';
import { Agency } from './entities/agency.entity.js';
import { Panel, PanelMemberAgency, PanelMembership } from './entities/panel.entity.js';
import { User } from './entities/user.entity.js';
import { applySettingsChange, effectiveSettings } from './panel-settings.js';

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
  ) {}

  list(_ctx: RequestContext): Promise<Panel[]> {
    return this.db.manager.find(Panel, { order: { name: 'ASC' } });
  }

  byId(ctx: RequestContext, id: string): Promise<Panel | null> {
    return ctx
      .loader<string, Panel | null>('panel.byId', async (ids) =>
        oneByKey(ids, await this.db.manager.findBy(Panel, { id: In([...ids]) }), (p) => p.id),
      )
      .load(id);
  }

  memberAgencies(ctx: RequestContext, panelId: string): Promise<Agency[]> {
    return ctx
      .loader<string, Agency[]>('panel.memberAgencies', async (ids) => {
        const rows: (Agency & { panelId: string })[] = await this.db.query(
          `SELECT pma.panel_id AS "panelId", a.id, a.name, a.kind
             FROM panel_member_agency pma JOIN agency a ON a.id = pma.agency_id
            WHERE pma.panel_id = ANY($1) ORDER BY a.name`,
          [ids],
        );
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
    return this.db.tx(async (em) => {
      if (agencyIds.length) {
        const found = await em.countBy(Agency, { id: In(agencyIds) });
        if (found !== agencyIds.length)
          throw DomainError.badInput('memberAgencyIds', 'names an agency that does not exist');
      }
      const [clash] = await em.query(
        'SELECT (lower(name) = lower($3)) AS "sameName" FROM panel WHERE (kind = $1 AND area_code = $2) OR lower(name) = lower($3) LIMIT 1',
        [input.kind, areaCode, input.name.trim()],
      );
      if (clash) {
        throw clash.sameName
          ? DomainError.conflict('A panel with this name already exists')
          : DomainError.conflict(
              `A ${input.kind} panel with area code ${areaCode} already exists; give another areaCode`,
            );
      }
      const panel = await em.save(
        Panel,
        em.create(Panel, {
          kind: input.kind,
          name: input.name.trim(),
          area: input.area.trim(),
          areaCode,
          settings: {},
        }),
      );
      if (agencyIds.length) {
        await em.insert(
          PanelMemberAgency,
          agencyIds.map((agencyId) => ({ panelId: panel.id, agencyId })),
        );
      }
      await this.audit.record(em, ctx, { action: 'panel.create', entityType: 'Panel', entityId: panel.id });
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
    return this.db.tx(async (em) => {
      const [row] = await em.query('SELECT settings FROM panel WHERE id = $1 FOR UPDATE', [input.panelId]);
      if (!row) throw DomainError.notFound('Panel', input.panelId);
      const next = applySettingsChange(row.settings, input);
      await em.query('UPDATE panel SET settings = $2 WHERE id = $1', [input.panelId, JSON.stringify(next)]);
      await this.audit.record(em, ctx, {
        action: 'panel.settings',
        entityType: 'Panel',
        entityId: input.panelId,
        details: {
          adultFemalePopulation: next.adultFemalePopulation ?? null,
          bamePopulationShare: next.bamePopulationShare ?? null,
          expectedRangeOverrides: next.expectedRanges?.length ?? 0,
        },
      });
      return em.findOneByOrFail(Panel, { id: input.panelId });
    });
  }

  async addMember(ctx: RequestContext, input: AddPanelMemberInput): Promise<PanelMembership> {
    return this.db.tx(async (em) => {
      if (!(await em.existsBy(Panel, { id: input.panelId })))
        throw DomainError.notFound('Panel', input.panelId);
      if (!(await em.existsBy(User, { id: input.userId }))) throw DomainError.notFound('User', input.userId);
      await em.query(
        `INSERT INTO panel_membership (panel_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [input.panelId, input.userId, input.role],
      );
      await this.audit.record(em, ctx, {
        action: 'panel.member_add',
        entityType: 'Panel',
        entityId: input.panelId,
        details: { userId: input.userId, role: input.role },
      });
      return em.findOneByOrFail(PanelMembership, {
        panelId: input.panelId,
        userId: input.userId,
        role: input.role,
      });
    });
  }

  /** Removes every role the user holds on the panel; takes effect on the user's next request. */
  async removeMember(ctx: RequestContext, panelId: string, userId: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      if (!(await em.existsBy(Panel, { id: panelId }))) throw DomainError.notFound('Panel', panelId);
      const { affected } = await em.delete(PanelMembership, { panelId, userId });
      if (!affected) return false;
      await this.audit.record(em, ctx, {
        action: 'panel.member_remove',
        entityType: 'Panel',
        entityId: panelId,
        details: { userId },
      });
      return true;
    });
  }
}
