import { Global, Module } from '@nestjs/common';
import { AuditSealTick } from './audit.port.js';
import { DispatcherService } from './dispatcher.service.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { OutboxRepository } from './outbox.repository.js';
import { OutboxService } from './outbox.service.js';

/**
 * The outbox and its dispatcher. Recipients are resolved through the ports that identity and cases implement
 * (RECIPIENT_DIRECTORY, CASE_FACTS_SOURCE in recipients.ts): any application that enqueues messages also loads
 * IdentityModule and CasesModule, which register them.
 */
@Global()
@Module({
  providers: [OutboxRepository, OutboxService, DispatcherService, NotificationsResolver, AuditSealTick],
  exports: [OutboxService, OutboxRepository, DispatcherService],
})
export class NotificationsModule {}
