import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DomainError, IdempotentOperations } from '@marac/core';
import { CaseService } from './case.service.js';
import { FurtherIncidentService } from './further-incident.service.js';

/** createReferral and recordFurtherIncident accept an Idempotency-Key (libs/core/src/idempotency): their replays. */
@Injectable()
export class CasesIdempotencyPort implements OnModuleInit {
  constructor(
    private readonly operations: IdempotentOperations,
    private readonly cases: CaseService,
    private readonly incidents: FurtherIncidentService,
  ) {}

  onModuleInit(): void {
    this.operations.register('createReferral', async (ctx, id) => {
      const [c] = await this.cases.visibleByIds(ctx, [id]);
      if (!c) throw DomainError.notFound('Case', id);
      return c;
    });
    this.operations.register('recordFurtherIncident', (ctx, id) => this.incidents.get(ctx, id));
  }
}
