import { Module } from '@nestjs/common';
import { IdentityModule } from '@marac/identity';
import { CASE_FACTS_SOURCE } from '@marac/notifications';
import { CaseLifecycleService } from './case-lifecycle.service.js';
import { CaseRepository } from './case.repository.js';
import { CaseResolver, PersonResolver } from './case.resolver.js';
import { CaseService } from './case.service.js';
import { DemoCasesSeeder } from './demo-cases.seed.js';
import { FlagRepository } from './flag.repository.js';
import { FlagService } from './flag.service.js';
import { FURTHER_INCIDENT_PROVIDERS } from './further-incident.providers.js';
import { CasesIdempotencyPort } from './idempotency.port.js';
import { CaseMeetingsPort } from './meetings.port.js';
import { CaseNotificationsPort } from './notifications.port.js';
import { IDVA_PROVIDERS } from './idva.providers.js';
import { PersonMatchService } from './person-match.service.js';
import { PersonRepository } from './person.repository.js';
import { PersonService } from './person.service.js';
import { ReferralService } from './referral.service.js';
import { CasesExportController } from './cases-export.controller.js';

@Module({
  controllers: [CasesExportController],
  imports: [IdentityModule],
  providers: [
    CaseRepository,
    PersonRepository,
    FlagRepository,
    CaseService,
    ReferralService,
    CaseLifecycleService,
    PersonMatchService,
    PersonService,
    FlagService,
    CaseResolver,
    PersonResolver,
    DemoCasesSeeder,
    CaseMeetingsPort,
    ...FURTHER_INCIDENT_PROVIDERS,
    ...IDVA_PROVIDERS,
    { provide: CASE_FACTS_SOURCE, useClass: CaseNotificationsPort },
    CasesIdempotencyPort,
  ],
  exports: [CaseService, PersonService, FlagService, DemoCasesSeeder, CaseMeetingsPort],
})
export class CasesModule {}
