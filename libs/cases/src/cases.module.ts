import { Module } from '@nestjs/common';
import { IdentityModule } from '@marac/identity';
import { CaseResolver, PersonResolver } from './case.resolver.js';
import { CaseService } from './case.service.js';
import { FlagService } from './flag.service.js';
import { PersonService } from './person.service.js';

@Module({
  imports: [IdentityModule],
  providers: [CaseService, PersonService, FlagService, CaseResolver, PersonResolver],
  exports: [CaseService, PersonService, FlagService],
})
export class CasesModule {}
