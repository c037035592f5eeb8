import { Module } from '@nestjs/common';
import { CasesModule } from '@marac/cases';
import { IdentityModule } from '@marac/identity';
import { MeetingsModule } from '@marac/meetings';
import {
  ActionResolver,
  ActionUpdateResolver,
  AgendaItemActionsResolver,
  CaseActionsResolver,
} from './action.resolver.js';
import { ActionService } from './action.service.js';
import { DemoActionsSeeder } from './demo-actions.seed.js';

@Module({
  imports: [IdentityModule, CasesModule, MeetingsModule],
  providers: [
    ActionService,
    DemoActionsSeeder,
    ActionResolver,
    ActionUpdateResolver,
    CaseActionsResolver,
    AgendaItemActionsResolver,
  ],
  exports: [ActionService, DemoActionsSeeder],
})
export class ActionsModule {}
