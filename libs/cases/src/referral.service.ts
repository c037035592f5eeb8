import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { AuditService } from '@marac/audit';
import { Db, DomainError, PanelKind, type RequestContext } from '@marac/core';
import { CasesIdentityPort } from '@marac/identity';
import { CaseStatus } from './case.enums.js';
import { CaseRepository } from './case.repository.js';
import type { CreateReferralInput } from './dto/case.inputs.js';
import { FlagService } from './flag.service.js';
import { IdvaService } from './idva.service.js';
import { PersonService } from './person.service.js';
import { checkReferral } from './referral-rules.js';
import { subjectRole } from './repeat-detection.js';

/**
 * Referrals. The whole input is checked first (referral-rules.ts, then what needs the panel, the agency and the
 * allow-list), and only then are persons resolved by NHS number or police id: no answer depends on whether an
 * identifier is known. One transaction; nothing is written or audited on a refusal.
 */
@Injectable()
export class ReferralService {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly persons: PersonService,
    private readonly flags: FlagService,
    private readonly audit: AuditService,
    private readonly identity: CasesIdentityPort,
    private readonly idva: IdvaService,
  ) {}

  /** Creates the referral; returns the new case's id. */
  async create(ctx: RequestContext, input: CreateReferralInput): Promise<string> {
    const checked = checkReferral(input);
    return this.db.tx(ctx, async (txCtx) => {
      const panel = await this.identity.panel(txCtx, input.panelId);
      if (!panel) throw DomainError.badInput('panelId', 'no such panel');
      if (panel.kind === PanelKind.MARAC && input.criteria.length === 0) {
        throw DomainError.badInput('criteria', 'a MARAC referral needs at least one criterion');
      }
      if (panel.kind === PanelKind.MATAC && (input.rfgvScore === null || input.rfgvScore === undefined)) {
        throw DomainError.badInput('rfgvScore', 'a MATAC nomination needs an RFGV score');
      }
      const staff = ctx.can.can('triage', subject('Case', { panelId: panel.id }));
      const agencyId = input.referringAgencyId ?? ctx.me.agencyId;
      if (agencyId !== ctx.me.agencyId && !staff) {
        throw DomainError.badInput(
          'referringAgencyId',
          "only the panel's coordinators and chairs refer on behalf of another agency",
        );
      }
      if (!(await this.identity.agencyExists(txCtx, agencyId)))
        throw DomainError.badInput('referringAgencyId', 'no such agency');
      // a restricted case is seen only by panel staff and its allow-list: the referrer is put on it to follow their referral
      const allowList = [
        ...new Set([...(input.restrictedToUserIds ?? []), ...(input.restricted ? [ctx.me.id] : [])]),
      ];
      if (allowList.length && !(await this.identity.usersExist(txCtx, allowList)))
        throw DomainError.badInput('restrictedToUserIds', 'names a user that does not exist');
      const byId = checked.people.find((p) => p.existingPersonId);
      if (byId && !staff) {
        throw DomainError.forbidden(
          `${byId.field}.existingPersonId: only the panel's coordinators and chairs link a known person`,
        );
      }

      const resolved = await this.persons.resolveAll(txCtx, checked.people);
      const year = Number(checked.referralDate.slice(0, 4));
      const number = await this.cases.nextReferenceNumber(txCtx, panel.id, year);
      const id = await this.cases.insertCase(
        txCtx,
        {
          reference: `${panel.kind}-${panel.areaCode}-${year}-${String(number).padStart(4, '0')}`,
          panelId: panel.id,
          panelKind: panel.kind,
          referringAgencyId: agencyId,
          referredBy: ctx.me.id,
          referralDate: checked.referralDate,
          criteria: input.criteria,
          dashAnswers: input.dashAnswers ?? null,
          dashScore: checked.dashScore,
          riskTool: checked.riskTool,
          riskGrade: checked.riskGrade,
          rfgvScore: input.rfgvScore ?? null,
          riskSummary: checked.riskSummary,
          childrenInHousehold: input.childrenInHousehold ?? 0,
          lawfulBasis: checked.lawfulBasis,
          restricted: input.restricted ?? false,
          incidentDate: checked.incidentDate,
          victimAware: checked.victimAware,
          victimNotAwareReason: checked.victimNotAwareReason,
          consentGiven: checked.consentGiven,
          sharedWithoutConsentReason: checked.sharedWithoutConsentReason,
          victimViews: checked.victimViews,
          previousMarac: checked.previousMarac,
        },
        resolved.map((r, i) => ({
          ...r,
          role: i === 0 ? subjectRole(panel.kind) : input.linkedPersons![i - 1].role,
          relationship: checked.people[i].relationship,
          relationshipToPerpetrator: checked.people[i].relationshipToPerpetrator,
          school: checked.people[i].school,
        })),
        allowList,
      );
      await this.audit.record(txCtx, {
        action: 'case.create',
        entityType: 'Case',
        entityId: id,
        caseId: id,
        details: { status: CaseStatus.SUBMITTED, restricted: input.restricted ?? false },
      });
      await this.flags.recompute(txCtx, [id]);
      await this.idva.referralArrived(txCtx, id); // the IDVA service hears of a MARAC referral at once
      return id;
    });
  }
}
