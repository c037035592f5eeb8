import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { Db, oneByKey, type RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';
import type { CreateAgencyInput } from './dto/identity.inputs.js';
import { Agency } from './entities/agency.entity.js';

@Injectable()
export class AgencyService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  list(_ctx: RequestContext): Promise<Agency[]> {
    return this.db.manager.find(Agency, { order: { name: 'ASC' } });
  }

  /** Batched per request. */
  byId(ctx: RequestContext, id: string): Promise<Agency | null> {
    return ctx
      .loader<string, Agency | null>('agency.byId', async (ids) =>
        oneByKey(ids, await this.db.manager.findBy(Agency, { id: In([...ids]) }), (a) => a.id),
      )
      .load(id);
  }

  async create(ctx: RequestContext, input: CreateAgencyInput): Promise<Agency> {
    return this.db.tx(async (em) => {
      const agency = await em.save(Agency, em.create(Agency, { name: input.name.trim(), kind: input.kind }));
      await this.audit.record(em, ctx, {
        action: 'agency.create',
        entityType: 'Agency',
        entityId: agency.id,
      });
      return agency;
    });
  }
}
