import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext } from '@marac/core';
import { AuditEventModel, AuditFilter } from './audit-event.model.js';
import { AuditService } from './audit.service.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEventModel], {
    description: 'The audit trail, oldest first; page with `after` (the last id seen)',
  })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<AuditEventModel[]> {
    return this.audit.list(ctx, filter ?? {}, first ?? 100, after ?? undefined);
  }
}
