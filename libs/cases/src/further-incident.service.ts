import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { byKeys, Db, DomainError, isCalendarDate, londonToday, type RequestContext } from '@marac/core';
import { CasesIdentityPort } from '@marac/identity';
import { caseReference } from './case-reference.js';
import { CaseStatus } from './case.enums.js';
import { CaseRepository } from './case.repository.js';
import type { FurtherIncidentInput } from './dto/further-incident.inputs.js';
import { IdvaService } from './idva.service.js';
import { FlagService } from './flag.service.js';
import { FurtherIncidentRepository } from './further-incident.repository.js';
import type { FurtherIncidentModel } from './models/further-incident.model.js';
import { isBlank } from './referral-rules.js';
import { furtherIncidentOutcome } from './repeat-detection.js';

/**
 * Further incidents ("flag and tag", DOMAIN.md): any agency that sees a case in detail records one; on a MARAC case
 * heard or closed within the last 12 months it becomes a repeat referral for the coordinator to triage. The rule is
 * the pure `furtherIncidentOutcome` (repeat-detection.ts); this service locks, writes and audits. One transaction;
 * nothing is written on a refusal.
 */
@Injectable()
export class FurtherIncidentService {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly incidents: FurtherIncidentRepository,
    private readonly flags: FlagService,
    private readonly audit: AuditService,
    private readonly identity: CasesIdentityPort,
    private readonly idva: IdvaService,
  ) {}

  /**
   * Records the incident; returns its id. Who: panel staff, and panel reps who see the case in detail under the rep
   * rows rules (CASL 'recordIncident' with 'readDetail'); not the referrer's narrow view of their own referral
   * (FORBIDDEN), and a case the caller does not see is NOT_FOUND, as one that does not exist.
   */
  async record(ctx: RequestContext, input: FurtherIncidentInput): Promise<string> {
    if (!isCalendarDate(input.incidentDate))
      throw DomainError.badInput('incidentDate', 'must be a date YYYY-MM-DD');
    const note = isBlank(input.note) ? null : input.note!.trim();
    return this.db.tx(ctx, async (txCtx) => {
      // NOT_FOUND when not seen at all; FORBIDDEN when seen only in the referrer's narrow view (the CASL rule
      // 'recordIncident' is the readDetail rows of panel staff and reps: ability.factory.ts)
      const c = await this.cases.lockFor(txCtx, input.caseId, 'recordIncident');
      const facts = await this.incidents.caseFacts(txCtx.system(), c.id);
      const today = londonToday();
      const outcome = furtherIncidentOutcome(
        { panelKind: c.panelKind, status: c.status, referralDate: facts.referralDate },
        input.incidentDate,
        today,
      );
      if (outcome.kind === 'REFUSED') throw DomainError.badInput(outcome.field, outcome.message);

      const repeatCaseId =
        outcome.kind === 'REPEAT_REFERRAL'
          ? await this.repeatReferral(txCtx, { ...c, restricted: facts.restricted }, input, today)
          : null;
      const id = await this.incidents.insert(txCtx, {
        caseId: c.id,
        incidentDate: input.incidentDate,
        kind: input.kind,
        note,
        agencyId: txCtx.me.agencyId,
        recordedBy: txCtx.me.id,
        repeatCaseId,
      });
      await this.cases.touch(txCtx, c.id);
      await this.audit.record(txCtx, {
        action: 'case.further_incident',
        entityType: 'FurtherIncident',
        entityId: id,
        caseId: c.id,
        details: { kind: input.kind, incidentDate: input.incidentDate, repeatCaseId },
      });
      return id;
    });
  }

  /**
   * The repeat referral of a further incident, as createReferral would have made it: a reference from the panel's
   * sequence of the referral year, audited as 'case.create', flags recomputed (the new case and every case sharing
   * a person with it).
   */
  private async repeatReferral(
    txCtx: RequestContext,
    source: { id: string; panelId: string; restricted: boolean },
    input: FurtherIncidentInput,
    today: string,
  ): Promise<string> {
    const panel = (await this.identity.panel(txCtx, source.panelId))!;
    const year = Number(today.slice(0, 4));
    const number = await this.cases.nextReferenceNumber(txCtx, panel.id, year);
    const id = await this.incidents.insertRepeatReferral(txCtx, {
      sourceCaseId: source.id,
      reference: caseReference(panel.kind, panel.areaCode, year, number),
      referralDate: today,
      incidentDate: input.incidentDate,
      referringAgencyId: txCtx.me.agencyId,
      referredBy: txCtx.me.id,
    });
    await this.audit.record(txCtx, {
      action: 'case.create',
      entityType: 'Case',
      entityId: id,
      caseId: id,
      // the restriction is the source case's, copied
      details: { status: CaseStatus.SUBMITTED, restricted: source.restricted, repeatOf: source.id },
    });
    // what a new referral triggers, as createReferral does: its flags, and the IDVA service hears of it at once
    await this.flags.recompute(txCtx, [id]);
    await this.idva.referralArrived(txCtx, id);
    return id;
  }

  /** The incidents of a case the caller sees in detail (none otherwise), batched per request. */
  forCase(ctx: RequestContext, caseId: string): Promise<FurtherIncidentModel[]> {
    return ctx
      .loader<string, FurtherIncidentModel[]>('case.furtherIncidents', async (ids) =>
        byKeys(ids, await this.incidents.forCases(ctx, ids), (i) => i.caseId),
      )
      .load(caseId);
  }

  /** One incident as the caller now sees it (the answer of the mutation). */
  async get(ctx: RequestContext, id: string): Promise<FurtherIncidentModel> {
    const [found] = await this.incidents.byIds(ctx, [id]);
    if (!found) throw DomainError.notFound('FurtherIncident', id);
    ctx.noteRead('case', [found.caseId]);
    return found;
  }
}
