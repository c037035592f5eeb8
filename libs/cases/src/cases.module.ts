import { Module } from '@nestjs/common';
import { IdentityModule } from '@marac/identity';
import { CaseResolver, PersonResolver } from './case.resolver.js';
import { CaseService } from './case.service.js';
import { DemoCasesSeeder } from './demo-cases.seed.js';
import { FlagService } from './flag.service.js';
import { CaseMeetingsPort } from './meetings.port.js';
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
  ],
  exports: [CaseService, PersonService, FlagService, DemoCasesSeeder, CaseMeetingsPort],
})
export class CasesModule {}
