import { Injectable } from '@nestjs/common';
import type { PanelKind } from '@marac/core';
import { Db, type RequestContext } from '@marac/core';

/** What a referral needs to know of a panel. */
export interface ReferralPanel {
  id: string;
  kind: PanelKind;
  areaCode: string;
}

/**
 * What the cases library asks of identity (panels, agencies, users), so that its SQL never names identity's tables.
 * Facts only: existence and the panel's kind and area code (no personal data).
 */
@Injectable()
export class CasesIdentityPort {
  constructor(private readonly db: Db) {}

  /** The panel a referral is made to, or null. */
  async panel(ctx: RequestContext, id: string): Promise<ReferralPanel | null> {
    const [row] = await this.db.query<ReferralPanel>(
      ctx,
      'SELECT id, kind, area_code AS "areaCode" FROM panel WHERE id = $1',
      [id],
    );
    return row ?? null;
  }

  /** Panels whose name starts with `prefix` (the demo seeder's Hartlepool panels). */
  panelsNamed(ctx: RequestContext, prefix: string): Promise<{ id: string; kind: PanelKind }[]> {
    return this.db.query(ctx, `SELECT id, kind FROM panel WHERE starts_with(name, $1)`, [prefix]);
  }

  async agencyExists(ctx: RequestContext, id: string): Promise<boolean> {
    const [row] = await this.db.query(ctx, 'SELECT 1 FROM agency WHERE id = $1', [id]);
    return !!row;
  }

  /** True when every id is a user (disabled ones included: an allow-list may name them). */
  async usersExist(ctx: RequestContext, ids: readonly string[]): Promise<boolean> {
    const [{ n }] = await this.db.query<{ n: number }>(
      ctx,
      'SELECT count(*)::int AS n FROM app_user WHERE id = ANY($1)',
      [[...new Set(ids)]],
    );
    return n === new Set(ids).size;
  }
}
