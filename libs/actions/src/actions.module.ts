import { Module } from '@nestjs/common';
import { CasesModule } from '@marac/cases';
import { IdentityModule } from '@marac/identity';
import { MeetingsModule } from '@marac/meetings';
import { ActionRepository } from './action.repository.js';
import {
  ActionResolver,
  ActionUpdateResolver,
  AgendaItemActionsResolver,
  CaseActionsResolver,
} from './action.resolver.js';
import { ActionService } from './action.service.js';
import { ActionsIdempotencyPort } from './idempotency.port.js';
import { DemoActionsSeeder } from './demo-actions.seed.js';
import { ReminderService } from './reminder.service.js';
import { ActionsExportController } from './actions-export.controller.js';

@Module({
  controllers: [ActionsExportController],
  imports: [IdentityModule, CasesModule, MeetingsModule],
  providers: [
    ActionRepository,
    ActionService,
    ReminderService,
    DemoActionsSeeder,
    ActionResolver,
    ActionUpdateResolver,
    CaseActionsResolver,
    AgendaItemActionsResolver,
    ActionsIdempotencyPort,
  ],
  exports: [ActionService, ReminderService, DemoActionsSeeder],
})
export class ActionsModule {}
