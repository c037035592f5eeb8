import { Injectable } from '@nestjs/common';
import { byKeys, oneByKey, type RequestContext } from '@marac/core';
import type { Agency } from './entities/agency.entity.js';
import type { Panel } from './entities/panel.entity.js';
import { AgencyRepository } from './repositories/agency.repository.js';
import { PanelRepository } from './repositories/panel.repository.js';

/**
 * For list reads of other libraries (issue 15, fewer statements per request): a row that names a panel or an agency
 * carries it as JSON from the same statement (these SQL fragments, so that the other library's SQL never names
 * identity's tables), and the request's loaders are primed with it (PanelService.byId, AgencyService.byId answer
 * from them without a statement). Panels and agencies carry no per-caller rule: the same rows byIds reads.
 */

/** SQL: the panel whose id is `idExpr`, as JSON (the columns of PanelRepository), or null. */
export function panelJsonSql(idExpr: string): string {
  return `(SELECT json_build_object('id', jp.id, 'kind', jp.kind, 'name', jp.name, 'area', jp.area,
                 'areaCode', jp.area_code, 'settings', jp.settings, 'createdAt', jp.created_at)
             FROM panel jp WHERE jp.id = ${idExpr})`;
}

/** SQL: the agency whose id is `idExpr`, as JSON (the columns of AgencyRepository), or null. */
export function agencyJsonSql(idExpr: string): string {
  return `(SELECT json_build_object('id', ja.id, 'name', ja.name, 'kind', ja.kind, 'createdAt', ja.created_at)
             FROM agency ja WHERE ja.id = ${idExpr})`;
}

/** SQL: the member agencies of the panel `idExpr` as a JSON array, by name (PanelService.memberAgencies). */
export function panelMemberAgenciesJsonSql(idExpr: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', jm.id, 'name', jm.name, 'kind', jm.kind,
                   'createdAt', jm.created_at) ORDER BY jm.name, jm.id), '[]')
             FROM panel_member_agency jpm JOIN agency jm ON jm.id = jpm.agency_id WHERE jpm.panel_id = ${idExpr})`;
}

const withDate = (row: Record<string, unknown>) => ({ ...row, createdAt: new Date(row.createdAt as string) });

@Injectable()
export class IdentityPrimePort {
  constructor(
    private readonly panels: PanelRepository,
    private readonly agencies: AgencyRepository,
  ) {}

  /** Primes the request's panel loader (the one PanelService.byId reads) with a row of panelJsonSql. */
  primePanel(ctx: RequestContext, json: Record<string, unknown> | null): void {
    if (!json) return;
    const panel = withDate(json) as unknown as Panel;
    ctx
      .loader<string, Panel | null>('panel.byId', async (ids) =>
        oneByKey(ids, await this.panels.byIds(ctx, ids), (p) => p.id),
      )
      .prime(panel.id, panel);
  }

  /** Primes the request's member-agencies loader (PanelService.memberAgencies) with panelMemberAgenciesJsonSql. */
  primeMemberAgencies(ctx: RequestContext, panelId: string, json: Record<string, unknown>[]): void {
    ctx
      .loader<string, Agency[]>('panel.memberAgencies', async (ids) => {
        const rows = await this.panels.memberAgencies(ctx, ids);
        return byKeys(ids, rows, (r) => r.panelId).map((list) =>
          list.map(({ panelId: _p, ...a }) => a as Agency),
        );
      })
      .prime(
        panelId,
        json.map((a) => withDate(a) as unknown as Agency),
      );
  }

  /** Primes the request's agency loader (the one AgencyService.byId reads) with a row of agencyJsonSql. */
  primeAgency(ctx: RequestContext, json: Record<string, unknown> | null): void {
    if (!json) return;
    const agency = withDate(json) as unknown as Agency;
    ctx
      .loader<string, Agency | null>('agency.byId', async (ids) =>
        oneByKey(ids, await this.agencies.byIds(ctx, ids), (a) => a.id),
      )
      .prime(agency.id, agency);
  }
}
