import { Injectable } from '@nestjs/common';
import { Db, type PanelKind, type PanelRole, type RequestContext } from '@marac/core';
import type { Agency } from '../entities/agency.entity.js';
import type { Panel, PanelMembership } from '../entities/panel.entity.js';
import { EXCLUSIVE_GLOBAL_ROLES } from '../panel-role-rules.js';

const PANEL_COLUMNS = `p.id, p.kind, p.name, p.area, p.area_code AS "areaCode", p.settings, p.created_at AS "createdAt"`;
const MEMBERSHIP_COLUMNS = `m.panel_id AS "panelId", m.user_id AS "userId", m.role, m.created_at AS "createdAt"`;

/** The only code that writes SQL for panel, panel_member_agency and panel_membership. */
@Injectable()
export class PanelRepository {
  constructor(private readonly db: Db) {}

  list(ctx: RequestContext): Promise<Panel[]> {
    return this.db.query<Panel>(ctx, `SELECT ${PANEL_COLUMNS} FROM panel p ORDER BY p.name, p.id`);
  }

  byIds(ctx: RequestContext, ids: readonly string[]): Promise<Panel[]> {
    return this.db.query<Panel>(ctx, `SELECT ${PANEL_COLUMNS} FROM panel p WHERE p.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  async byId(ctx: RequestContext, id: string): Promise<Panel | null> {
    const [panel] = await this.byIds(ctx, [id]);
    return panel ?? null;
  }

  async exists(ctx: RequestContext, id: string): Promise<boolean> {
    const [row] = await this.db.query(ctx, 'SELECT 1 FROM panel WHERE id = $1', [id]);
    return !!row;
  }

  /** The member agencies of each panel, by name. */
  memberAgencies(
    ctx: RequestContext,
    panelIds: readonly string[],
  ): Promise<(Agency & { panelId: string })[]> {
    return this.db.query(
      ctx,
      `SELECT pma.panel_id AS "panelId", a.id, a.name, a.kind, a.created_at AS "createdAt"
         FROM panel_member_agency pma JOIN agency a ON a.id = pma.agency_id
        WHERE pma.panel_id = ANY($1::uuid[]) ORDER BY a.name, a.id`,
      [panelIds],
    );
  }

  /** A panel that would clash with a new one: same kind and area code, or same name in any case. */
  async clash(
    ctx: RequestContext,
    kind: PanelKind,
    areaCode: string,
    name: string,
  ): Promise<{ sameName: boolean } | null> {
    const [row] = await this.db.query<{ sameName: boolean }>(
      ctx,
      `SELECT (lower(name) = lower($3)) AS "sameName" FROM panel
        WHERE (kind = $1 AND area_code = $2) OR lower(name) = lower($3) LIMIT 1`,
      [kind, areaCode, name],
    );
    return row ?? null;
  }

  async insert(
    ctx: RequestContext,
    p: { kind: PanelKind; name: string; area: string; areaCode: string },
    memberAgencyIds: readonly string[],
  ): Promise<Panel> {
    const [panel] = await this.db.query<Panel>(
      ctx,
      `INSERT INTO panel AS p (kind, name, area, area_code) VALUES ($1, $2, $3, $4) RETURNING ${PANEL_COLUMNS}`,
      [p.kind, p.name, p.area, p.areaCode],
    );
    if (memberAgencyIds.length) {
      await this.db.query(
        ctx,
        'INSERT INTO panel_member_agency (panel_id, agency_id) SELECT $1, unnest($2::uuid[])',
        [panel.id, memberAgencyIds],
      );
    }
    return panel;
  }

  async settingsForUpdate(ctx: RequestContext, id: string): Promise<Record<string, unknown> | null> {
    const [row] = await this.db.query(ctx, 'SELECT settings FROM panel WHERE id = $1 FOR UPDATE', [id]);
    return row ? row.settings : null;
  }

  async setSettings(ctx: RequestContext, id: string, settings: object): Promise<void> {
    await this.db.query(ctx, 'UPDATE panel SET settings = $2 WHERE id = $1', [id, JSON.stringify(settings)]);
  }

  /**
   * The memberships of each user, oldest first. None for a holder of ADMIN, STRATEGIC or AUDITOR (a grant made before
   * that rule existed is inert, exactly as the signed-in user's context treats it).
   */
  membershipsOf(ctx: RequestContext, userIds: readonly string[]): Promise<PanelMembership[]> {
    return this.db.query<PanelMembership>(
      ctx,
      `SELECT ${MEMBERSHIP_COLUMNS} FROM panel_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.user_id = ANY($1::uuid[]) AND NOT u.global_roles && $2::text[]
        ORDER BY m.created_at, m.panel_id, m.role`,
      [userIds, EXCLUSIVE_GLOBAL_ROLES],
    );
  }

  /** Adds a membership (nothing when the user already holds that role on the panel); the membership. */
  async addMembership(
    ctx: RequestContext,
    panelId: string,
    userId: string,
    role: PanelRole,
  ): Promise<{ membership: PanelMembership; added: boolean }> {
    const inserted = await this.db.query(
      ctx,
      'INSERT INTO panel_membership (panel_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1',
      [panelId, userId, role],
    );
    const [membership] = await this.db.query<PanelMembership>(
      ctx,
      `SELECT ${MEMBERSHIP_COLUMNS} FROM panel_membership m WHERE m.panel_id = $1 AND m.user_id = $2 AND m.role = $3`,
      [panelId, userId, role],
    );
    return { membership, added: inserted.length > 0 };
  }

  /** Removes every role the user holds on the panel; how many rows went. */
  async removeMemberships(ctx: RequestContext, panelId: string, userId: string): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      ctx,
      `WITH removed AS (DELETE FROM panel_membership WHERE panel_id = $1 AND user_id = $2 RETURNING role)
       SELECT count(*)::int AS n FROM removed`,
      [panelId, userId],
    );
    return row.n;
  }
}
