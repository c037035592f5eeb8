import { Injectable } from '@nestjs/common';
import { Db, type RequestContext } from '@marac/core';
import { AuditRepository } from './audit.repository.js';

/** The one event of an import of historic cases. */
export interface ImportAuditEntry {
  panelId: string;
  /** the ids of the cases the import created (the event is found from each of them, through `case_ids`) */
  caseIds: string[];
  /** counts, codes and ids only: no personal data */
  details: Record<string, string | number | boolean | null>;
}

/**
 * What the import of historic cases (libs/cases/src/import) asks of the audit trail: ONE event for the whole import,
 * naming every case it created in `case_ids` (AuditService.record names one case per event), in the import's
 * transaction, through the audit repository (the hash chain is the insert trigger's).
 */
@Injectable()
export class ImportAuditPort {
  private readonly events: AuditRepository;

  constructor(db: Db) {
    this.events = new AuditRepository(db);
  }

  async recordImport(txCtx: RequestContext, e: ImportAuditEntry): Promise<void> {
    await this.events.insert(txCtx, [
      {
        actorId: txCtx.user?.id ?? null,
        action: 'case.import',
        entityType: 'Panel',
        entityId: e.panelId,
        caseId: null,
        caseIds: e.caseIds,
        personIds: [],
        requestId: txCtx.requestId,
        details: e.details,
      },
    ]);
  }
}
