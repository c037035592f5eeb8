import { Injectable, type OnModuleInit } from '@nestjs/common';
import { IdempotentOperations } from '@marac/core';
import { ActionService } from './action.service.js';

/** createAction accepts an Idempotency-Key (libs/core/src/idempotency): its replay. */
@Injectable()
export class ActionsIdempotencyPort implements OnModuleInit {
  constructor(
    private readonly operations: IdempotentOperations,
    private readonly actions: ActionService,
  ) {}

  onModuleInit(): void {
    this.operations.register('createAction', (ctx, id) => this.actions.get(ctx, id));
  }
}
