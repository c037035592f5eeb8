import { Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuditService } from '@marac/audit';
import { Ctx, Db, DomainError, FirstArg, IdArg, RequestContext } from '@marac/core';
import { OutboxRepository } from './outbox.repository.js';

export const FAILED_PAGE_DEFAULT = 100;
export const FAILED_PAGE_MAX = 500;

@ObjectType('OutboxMessage', {
  description: 'An e-mail of the outbox (no personal data beyond the recipient address)',
})
export class OutboxMessageModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() recipient: string;
  @Field() subject: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) failedAt: Date | null;
}

/** ADMIN: e-mails that could not be delivered after every retry, and putting one back in the queue. */
@Resolver(() => OutboxMessageModel)
export class NotificationsResolver {
  constructor(
    private readonly db: Db,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditService,
  ) {}

  @Query(() => [OutboxMessageModel], {
    description: `ADMIN: messages kept as failed after every retry, newest first (first: default ${FAILED_PAGE_DEFAULT}, at most ${FAILED_PAGE_MAX})`,
  })
  failedNotifications(
    @Ctx() ctx: RequestContext,
    @FirstArg(FAILED_PAGE_DEFAULT, FAILED_PAGE_MAX) first?: number | null,
  ): Promise<OutboxMessageModel[]> {
    const n = first ?? FAILED_PAGE_DEFAULT;
    if (!Number.isInteger(n) || n < 1 || n > FAILED_PAGE_MAX)
      throw DomainError.badInput('first', `must be from 1 to ${FAILED_PAGE_MAX}`);
    return this.outbox.failed(ctx, n);
  }

  @Mutation(() => OutboxMessageModel, { description: 'ADMIN: queues a failed message again' })
  retryNotification(
    @Ctx() ctx: RequestContext,
    @IdArg('id', "The failed message's id", 'number') id: string,
  ): Promise<OutboxMessageModel> {
    return this.db.tx(ctx, async (txCtx) => {
      const row = await this.outbox.requeueFailed(txCtx, id);
      if (!row) throw DomainError.notFound('OutboxMessage', id);
      await this.audit.record(txCtx, { action: 'outbox.retry', entityType: 'OutboxMessage', entityId: id });
      return row;
    });
  }
}
