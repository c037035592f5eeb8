import { Injectable } from '@nestjs/common';
import { AgencyKind, Db, PanelKind, PanelRole, type RequestContext } from '@marac/core';
import type { ReferralPanel } from './cases.port.js';

/** The agency an import's `referring_agency_kind` maps to. */
export interface ImportAgency {
  kind: AgencyKind;
  agencyId: string;
  /** MEMBER: the panel's one member agency of that kind; IMPORTED: the agency "Imported: KIND" kept for imports */
  source: 'MEMBER' | 'IMPORTED';
  /** the IMPORTED agency did not exist before this import */
  created: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** `MARAC:HPL`: a panel's kind and area code */
const KIND_AND_AREA = /^([A-Za-z]+):([A-Za-z0-9_-]{1,20})$/;

/** The name of the agency kept for imported referrals of a kind the panel has no single member agency of. */
export const importedAgencyName = (kind: AgencyKind): string => `Imported: ${kind}`;

/**
 * What the import of historic cases (libs/cases/src/import) asks of identity, answered with SQL on identity's own
 * tables (panel, panel_member_agency, agency, panel_membership). Facts only: ids, kinds and codes.
 */
@Injectable()
export class ImportIdentityPort {
  constructor(private readonly db: Db) {}

  /** A panel by id or by `KIND:AREACODE` (`MARAC:HPL`); null when there is none. */
  async panelByRef(ctx: RequestContext, ref: string): Promise<ReferralPanel | null> {
    const named = KIND_AND_AREA.exec(ref.trim());
    let rows: ReferralPanel[] = [];
    if (named) {
      const kind = named[1].toUpperCase();
      if (!(Object.values(PanelKind) as string[]).includes(kind)) return null;
      rows = await this.db.query<ReferralPanel>(
        ctx,
        `SELECT id, kind, area_code AS "areaCode" FROM panel WHERE kind = $1 AND upper(area_code) = upper($2)`,
        [kind, named[2]],
      );
    } else if (UUID.test(ref.trim())) {
      rows = await this.db.query<ReferralPanel>(
        ctx,
        `SELECT id, kind, area_code AS "areaCode" FROM panel WHERE id = $1`,
        [ref.trim()],
      );
    }
    return rows[0] ?? null;
  }

  /**
   * For each kind: the panel's member agency of that kind when there is exactly one, else the agency
   * "Imported: KIND" (created when missing, in the caller's transaction).
   */
  async agenciesFor(
    txCtx: RequestContext,
    panelId: string,
    kinds: readonly AgencyKind[],
  ): Promise<ImportAgency[]> {
    if (!kinds.length) return [];
    const members = await this.db.query<{ kind: AgencyKind; ids: string[] }>(
      txCtx,
      `SELECT a.kind, array_agg(a.id ORDER BY a.id) AS ids
         FROM panel_member_agency m JOIN agency a ON a.id = m.agency_id
        WHERE m.panel_id = $1 AND a.kind = ANY($2)
        GROUP BY a.kind`,
      [panelId, kinds],
    );
    const single = new Map(members.filter((m) => m.ids.length === 1).map((m) => [m.kind, m.ids[0]]));
    const missing = kinds.filter((k) => !single.has(k));
    const imported = new Map<AgencyKind, { id: string; created: boolean }>();
    if (missing.length) {
      // xmax = 0: the row was inserted by this statement (not found by the name)
      const rows = await this.db.query<{ kind: AgencyKind; id: string; created: boolean }>(
        txCtx,
        `INSERT INTO agency (name, kind) SELECT 'Imported: ' || k, k FROM unnest($1::text[]) AS k
         ON CONFLICT (lower(name)) DO UPDATE SET name = EXCLUDED.name
         RETURNING kind, id, (xmax = 0) AS created`,
        [missing],
      );
      for (const r of rows) imported.set(r.kind, { id: r.id, created: r.created });
    }
    return kinds.map((kind) =>
      single.has(kind)
        ? { kind, agencyId: single.get(kind)!, source: 'MEMBER' as const, created: false }
        : {
            kind,
            agencyId: imported.get(kind)!.id,
            source: 'IMPORTED' as const,
            created: imported.get(kind)!.created,
          },
    );
  }

  /**
   * The user an import from the command line is recorded as the referrer of: the user with this e-mail when given
   * (who must be a coordinator or chair of the panel), else the panel's longest-standing coordinator. Null: none.
   */
  async importingUser(ctx: RequestContext, panelId: string, email: string | null): Promise<string | null> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `SELECT u.id FROM panel_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.panel_id = $1 AND NOT u.disabled AND m.role = ANY($2)
          AND ($3::text IS NULL OR lower(u.email) = lower($3))
        ORDER BY (m.role = $4) DESC, m.created_at, u.id LIMIT 1`,
      [panelId, [PanelRole.COORDINATOR, PanelRole.CHAIR], email, PanelRole.COORDINATOR],
    );
    return row?.id ?? null;
  }
}
