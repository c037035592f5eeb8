import { Injectable } from '@nestjs/common';
import type { PanelKind, RequestContext } from '@marac/core';
import { AgencyRepository } from './repositories/agency.repository.js';
import { PanelRepository } from './repositories/panel.repository.js';
import { UserRepository } from './repositories/user.repository.js';

/** What a referral needs to know of a panel. */
export interface ReferralPanel {
  id: string;
  kind: PanelKind;
  areaCode: string;
}

/**
 * What the cases library asks of identity (panels, agencies, users), answered by identity's repositories, so that the
 * cases SQL never names identity's tables. Facts only: existence and the panel's kind and area code (no personal data).
 */
@Injectable()
export class CasesIdentityPort {
  constructor(
    private readonly panels: PanelRepository,
    private readonly agencies: AgencyRepository,
    private readonly users: UserRepository,
  ) {}

  /** The panel a referral is made to, or null. */
  async panel(ctx: RequestContext, id: string): Promise<ReferralPanel | null> {
    const p = await this.panels.byId(ctx, id);
    return p ? { id: p.id, kind: p.kind, areaCode: p.areaCode } : null;
  }

  /** Panels whose name starts with `prefix` (the demo seeder's Hartlepool panels). */
  async panelsNamed(ctx: RequestContext, prefix: string): Promise<{ id: string; kind: PanelKind }[]> {
    return (await this.panels.list(ctx))
      .filter((p) => p.name.startsWith(prefix))
      .map((p) => ({ id: p.id, kind: p.kind }));
  }

  async agencyExists(ctx: RequestContext, id: string): Promise<boolean> {
    return (await this.agencies.countExisting(ctx, [id])) === 1;
  }

  /** True when every id is a user (disabled ones included: an allow-list may name them). */
  async usersExist(ctx: RequestContext, ids: readonly string[]): Promise<boolean> {
    return (await this.users.countExisting(ctx, ids)) === new Set(ids).size;
  }
}
