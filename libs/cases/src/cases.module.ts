import { Module } from '@nestjs/common';
import { IdentityModule } from '@marac/identity';
import { CASE_FACTS_SOURCE } from '@marac/notifications';
import { CaseResolver, PersonResolver } from './case.resolver.js';
import { CaseService } from './case.service.js';
import { DemoCasesSeeder } from './demo-cases.seed.js';
import { FlagService } from './flag.service.js';
import { CaseMeetingsPort } from './meetings.port.js';
import { CaseNotificationsPort } from './notifications.port.js';
import { PersonService } from './person.service.js';

@Module({
  imports: [IdentityModule],
  providers: [
    CaseService,
    PersonService,
    FlagService,
    CaseResolver,
    PersonResolver,
    DemoCasesSeeder,
    CaseMeetingsPort,
    { provide: CASE_FACTS_SOURCE, useClass: CaseNotificationsPort },
  ],
  exports: [CaseService, PersonService, FlagService, DemoCasesSeeder, CaseMeetingsPort],
})
export class CasesModule {}
