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

@Module({
  imports: [IdentityModule, CasesModule, MeetingsModule],
  providers: [
    ActionService,
    ActionResolver,
    ActionUpdateResolver,
    CaseActionsResolver,
    AgendaItemActionsResolver,
  ],
  exports: [ActionService],
})
export class ActionsModule {}
