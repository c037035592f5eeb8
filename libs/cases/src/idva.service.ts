import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { Db, DomainError, oneByKey, PanelKind, type RequestContext } from '@marac/core';
import { maySee, OutboxService } from '@marac/notifications';
import { CaseStatus } from './case.enums.js';
import { CaseRepository } from './case.repository.js';
import type { IdvaEngagement } from './closure.enums.js';
import type { IdvaContactInput } from './idva.inputs.js';
import { referralArrived } from './idva.messages.js';
import { IdvaRepository } from './idva.repository.js';

/** The statuses in which a contact may be recorded: the case is open (not rejected, withdrawn or closed). */
export const IDVA_CONTACT_STATUSES: readonly CaseStatus[] = [
  CaseStatus.SUBMITTED,
  CaseStatus.ACCEPTED,
  CaseStatus.LISTED,
  CaseStatus.HEARD,
];

/**
 * The IDVA from day one (SafeLives principle 2, DOMAIN.md): the panel's IDVA reps hear of each new non-restricted
 * MARAC referral (who sees it is the CASL rule of ability.factory.ts), and record the victim's engagement.
 */
@Injectable()
export class IdvaService {
  constructor(
    private readonly db: Db,
    private readonly repo: IdvaRepository,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * In the referral's transaction: an e-mail (reference and link only) to the panel's IDVA reps who may see the new
   * case in detail. Restricted cases and other panel kinds: none (the coordinator allow-lists the IDVA worker).
   */
  async referralArrived(txCtx: RequestContext, caseId: string): Promise<number> {
    const c = await this.repo.arrival(txCtx.system(), caseId);
    // a new referral only (a case entered with a later status, e.g. imported history, is not news)
    if (c.panelKind !== PanelKind.MARAC || c.restricted || c.status !== CaseStatus.SUBMITTED) return 0;
    const reps = (await this.outbox.audience(txCtx, { panelReps: { panelId: c.panelId } })).filter(
      (r) => r.user.agencyKind === 'IDVA',
    );
    if (!reps.length) return 0;
    const [facts] = await this.outbox.caseFacts(txCtx, [caseId], reps);
    const to = facts ? reps.filter((r) => maySee(r, facts, 'readDetail')) : [];
    return this.outbox.enqueueFor(
      txCtx,
      'referral.arrived',
      referralArrived({ reference: c.reference, link: this.outbox.link(`/cases/${c.reference}`) }),
      to,
    );
  }

  /**
   * Records a contact with the victim: the history row, the case's latest engagement, a new version, the audit event,
   * in one transaction. NOT_FOUND for a case the caller may not see; FORBIDDEN when they see it but may not record;
   * BAD_USER_INPUT on `caseId` when the case is rejected, withdrawn or closed (the closure records the outcome).
   */
  async recordContact(ctx: RequestContext, input: IdvaContactInput): Promise<void> {
    const note = input.note?.trim() || null;
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.cases.lockFor(txCtx, input.caseId, 'recordIdvaContact');
      if (!IDVA_CONTACT_STATUSES.includes(c.status)) {
        throw DomainError.badInput('caseId', `contacts are recorded on open cases; this case is ${c.status}`);
      }
      const contactId = await this.repo.recordContact(txCtx, {
        caseId: c.id,
        engagement: input.engagement,
        note,
      });
      await this.audit.record(txCtx, {
        action: 'case.idva_contact',
        entityType: 'Case',
        entityId: c.id,
        caseId: c.id,
        details: { contactId, engagement: input.engagement },
      });
    });
  }

  /** The case's latest engagement, batched per request (null when the caller does not see the case in detail). */
  async engagement(ctx: RequestContext, caseId: string): Promise<IdvaEngagement | null> {
    const row = await ctx
      .loader<string, { engagement: IdvaEngagement | null } | null>('case.idvaEngagement', async (ids) =>
        oneByKey(ids, await this.repo.engagements(ctx, ids), (r) => r.caseId),
      )
      .load(caseId);
    return row?.engagement ?? null;
  }
}
