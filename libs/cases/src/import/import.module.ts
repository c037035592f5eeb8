import { Module } from '@nestjs/common';
import { ImportAuditPort } from '@marac/audit';
import { ImportIdentityPort } from '@marac/identity';
import { CaseRepository } from '../case.repository.js';
import { FlagRepository } from '../flag.repository.js';
import { ImportController } from './import.controller.js';
import { ImportFlags } from './import-flags.js';
import { ImportRepository } from './import.repository.js';
import { ImportService } from './import.service.js';

/**
 * The import of historic cases: `POST /imports` and `npm run import` (apps/api/src/import-cli.ts). The other
 * libraries' parts are their import ports (identity: panels and agencies; audit: the event; meetings: the hearings,
 * IMPORT_HEARINGS, provided app-wide by MeetingsImportModule, since meetings depends on cases and not the reverse).
 */
@Module({
  controllers: [ImportController],
  providers: [
    ImportService,
    ImportRepository,
    ImportFlags,
    CaseRepository,
    FlagRepository,
    ImportIdentityPort,
    ImportAuditPort,
  ],
  exports: [ImportService, ImportIdentityPort],
})
export class ImportModule {}
