import { Args, Query, Resolver } from '@nestjs/graphql';
import { AfterArg, Ctx, FirstArg, RequestContext } from '@marac/core';
import { AuditEventModel, AuditFilter } from './audit-event.model.js';
import { AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX, AuditService } from './audit.service.js';

@Resolver(() => AuditEventModel)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => [AuditEventModel], {
    description:
      'The audit trail, oldest first; `first` 100 by default, at most 500; page with `after` (the last id seen): a page shorter than `first` is the last',
  })
  auditEvents(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => AuditFilter,
      nullable: true,
      description: 'Which events; all when omitted',
    })
    filter?: AuditFilter,
    @FirstArg(AUDIT_PAGE_DEFAULT, AUDIT_PAGE_MAX) first?: number,
    @AfterArg() after?: string,
  ): Promise<AuditEventModel[]> {
    return this.audit.list(ctx, filter ?? {}, first ?? AUDIT_PAGE_DEFAULT, after ?? undefined);
  }
}
