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

  /**
   * The event of a dry run, `case.import.dry-run` (who, the panel, the counts of rows; no case ids: none were kept).
   * Written AFTER the dry run's transaction rolled back, on its own (`ctx` is not a transaction), so that a dry run,
   * which reads what is known about persons and cases, always leaves a trace.
   */
  async recordDryRun(
    ctx: RequestContext,
    e: { panelId: string; details: ImportAuditEntry['details'] },
  ): Promise<void> {
    await this.events.insert(ctx, [
      {
        actorId: ctx.user?.id ?? null,
        action: 'case.import.dry-run',
        entityType: 'Panel',
        entityId: e.panelId,
        caseId: null,
        caseIds: [],
        personIds: [],
        requestId: ctx.requestId,
        details: e.details,
      },
    ]);
  }
}
