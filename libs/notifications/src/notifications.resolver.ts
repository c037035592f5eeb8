import { Field, ID, Int, Mutation, ObjectType, Query, Resolver, Args } from '@nestjs/graphql';
import { Ctx, Db, DomainError, IdArg, RequestContext } from '@marac/core';
import { AuditService } from '@marac/audit';

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

const COLUMNS = `id::text, kind, recipient, subject, attempts, last_error AS "lastError", created_at AS "createdAt", failed_at AS "failedAt"`;

/** ADMIN: e-mails that could not be delivered after every retry, and putting one back in the queue. */
@Resolver(() => OutboxMessageModel)
export class NotificationsResolver {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  @Query(() => [OutboxMessageModel], {
    description: 'ADMIN: messages kept as failed after every retry, newest first',
  })
  failedNotifications(
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<OutboxMessageModel[]> {
    const n = first ?? 100;
    if (n < 1 || n > 500) throw DomainError.badInput('first', 'must be from 1 to 500');
    return this.db.query(
      `SELECT ${COLUMNS} FROM outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC LIMIT $1`,
      [n],
    );
  }

  @Mutation(() => OutboxMessageModel, { description: 'ADMIN: queues a failed message again' })
  async retryNotification(
    @Ctx() ctx: RequestContext,
    @IdArg('id', 'number') id: string,
  ): Promise<OutboxMessageModel> {
    return this.db.tx(async (em) => {
      const [row] = await em.query(
        `UPDATE outbox SET failed_at = NULL, attempts = 0, available_at = now() WHERE id = $1 AND failed_at IS NOT NULL RETURNING ${COLUMNS}`,
        [id],
      );
      if (!row?.[0]) throw DomainError.notFound('OutboxMessage', id);
      await this.audit.record(em, ctx, { action: 'outbox.retry', entityType: 'OutboxMessage', entityId: id });
      return row[0];
    });
  }
}
