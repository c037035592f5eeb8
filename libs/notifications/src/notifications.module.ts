import { Global, Module } from '@nestjs/common';
import { DispatcherService } from './dispatcher.service.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { OutboxService } from './outbox.service.js';
import { ReminderService } from './reminder.service.js';

@Global()
@Module({
  providers: [OutboxService, ReminderService, DispatcherService, NotificationsResolver],
  exports: [OutboxService, ReminderService, DispatcherService],
})
export class NotificationsModule {}
