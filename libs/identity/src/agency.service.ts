import { Injectable } from '@nestjs/common';
import { Db, DomainError, oneByKey, type RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';
import type { CreateAgencyInput } from './dto/identity.inputs.js';
import type { Agency } from './entities/agency.entity.js';
import { AgencyRepository } from './repositories/agency.repository.js';

@Injectable()
export class AgencyService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly agencies: AgencyRepository,
  ) {}

  list(ctx: RequestContext): Promise<Agency[]> {
    return this.agencies.list(ctx);
  }

  /** Batched per request. */
  byId(ctx: RequestContext, id: string): Promise<Agency | null> {
    return this.loader(ctx).load(id);
  }

  /** Puts an agency read by another statement (the session's) into the request's loader. */
  prime(ctx: RequestContext, agency: Agency): void {
    this.loader(ctx).prime(agency.id, agency);
  }

  private loader(ctx: RequestContext) {
    return ctx.loader<string, Agency | null>('agency.byId', async (ids) =>
      oneByKey(ids, await this.agencies.byIds(ctx, ids), (a) => a.id),
    );
  }

  async create(ctx: RequestContext, input: CreateAgencyInput): Promise<Agency> {
    // a name of spaces only passed @Length and broke the table's CHECK (an internal error): refused as bad input
    const name = input.name.trim();
    if (!name) throw DomainError.badInput('name', 'must not be blank');
    return this.db.tx(ctx, async (txCtx) => {
      const agency = await this.agencies.insert(txCtx, name, input.kind);
      await this.audit.record(txCtx, {
        action: 'agency.create',
        entityType: 'Agency',
        entityId: agency.id,
      });
      return agency;
    });
  }
}
