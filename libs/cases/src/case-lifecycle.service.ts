import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { OutboxService, referralTriaged } from '@marac/notifications';
import { clock, Db, DomainError, londonToday, PanelKind, type RequestContext } from '@marac/core';
import { assertTransition, statusAffectsFlags } from './case-lifecycle.js';
import { CaseStatus, TriageDecision } from './case.enums.js';
import { CaseRepository, type LockedCase } from './case.repository.js';
import type { CaseOutcomeInput, RiskReviewInput, TriageInput } from './dto/case.inputs.js';
import { FlagService } from './flag.service.js';
import { checkClosure, checkRejection } from './referral-checks.js';
import { checkDash, checkPastDate, requireReason } from './referral-rules.js';
import { riskLevel, RiskLevel } from './risk.js';

/** Moves cases along their lifecycle (case-lifecycle.ts) and records their risk reviews: rules only, SQL in the repository. */
@Injectable()
export class CaseLifecycleService {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
    private readonly flags: FlagService,
    private readonly outbox: OutboxService,
  ) {}

  /** Locks a case for `action` (NOT_FOUND when not visible, FORBIDDEN when visible but not allowed). */
  lockFor(txCtx: RequestContext, id: string, action: string): Promise<LockedCase> {
    return this.cases.lockFor(txCtx, id, action);
  }

  /**
   * Moves a locked case to `to` in the transaction of `txCtx`: INVALID_TRANSITION when not allowed, flags recomputed
   * when the change can affect them, audited with from/to.
   */
  async setStatus(
    txCtx: RequestContext,
    c: LockedCase,
    to: CaseStatus,
    action: string,
    columns: Record<string, unknown> = {},
  ): Promise<void> {
    assertTransition(c.status, to);
    await this.cases.setStatus(txCtx, c.id, to, columns);
    await this.audit.record(txCtx, {
      action,
      entityType: 'Case',
      entityId: c.id,
      caseId: c.id,
      details: { from: c.status, to },
    });
    if (statusAffectsFlags(c.status, to)) await this.flags.recompute(txCtx, [c.id]);
  }

  /**
   * Accepts or rejects a submitted referral. A rejection needs a reason code and a text (checked before the case is
   * looked up); a HIGH-risk referral cannot be rejected as THRESHOLD_NOT_MET (checked on the locked case).
   */
  async triage(ctx: RequestContext, input: TriageInput): Promise<void> {
    const to = input.decision === TriageDecision.ACCEPT ? CaseStatus.ACCEPTED : CaseStatus.REJECTED;
    const rejecting = to === CaseStatus.REJECTED;
    if (rejecting) {
      const missing = checkRejection({ ...input, riskLevel: RiskLevel.UNKNOWN });
      if (missing) throw DomainError.badInput(missing.field, missing.message);
    } else if (input.rejectionReason) {
      throw DomainError.badInput('rejectionReason', 'is only given to reject a referral');
    }
    const reason = rejecting ? requireReason(input.reason) : input.reason?.trim() || null;
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.lockFor(txCtx, input.caseId, 'triage');
      if (rejecting) {
        const level = riskLevel(await this.cases.riskFacts(txCtx.system(), c.id));
        const problem = checkRejection({ ...input, riskLevel: level });
        if (problem) throw DomainError.badInput(problem.field, problem.message);
      }
      await this.setStatus(txCtx, c, to, 'case.triage', {
        triage_reason: reason,
        ...(rejecting ? { rejection_reason: input.rejectionReason } : {}),
      });
      // the referrer hears the outcome (a reference and a link only)
      const notice = await this.cases.referralNotice(txCtx.system(), c.id);
      await this.outbox.enqueue(
        txCtx,
        'referral.triaged',
        referralTriaged({
          reference: notice.reference,
          accepted: to === CaseStatus.ACCEPTED,
          link: this.outbox.link(`/cases/${notice.reference}`),
        }),
        { userIds: [notice.referredBy], caseId: c.id },
      );
    });
  }

  async withdraw(ctx: RequestContext, caseId: string, reason: string): Promise<void> {
    const why = requireReason(reason);
    await this.change(ctx, caseId, 'withdraw', CaseStatus.WITHDRAWN, 'case.withdraw', {
      closure_reason: why,
    });
  }

  /**
   * Closes a heard case (checkClosure): for MARAC the outcome is required; `closedOn` defaults to today and may be
   * earlier, but never in the future nor before the case's last hearing (nor its referral date, for a case heard
   * before hearings were recorded). The outcome's IDVA engagement also becomes the case's latest `idvaEngagement`.
   * Flags are recomputed: a closed case's CROSS_PANEL span ends at closedOn + 12 months.
   */
  async close(
    ctx: RequestContext,
    caseId: string,
    reason: string,
    closure: { outcome?: CaseOutcomeInput | null; closedOn?: string | null } = {},
  ): Promise<void> {
    const why = requireReason(reason);
    const today = londonToday();
    const closedOn = closure.closedOn ?? today;
    const outcome = closure.outcome ?? null;
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.lockFor(txCtx, caseId, 'close');
      assertTransition(c.status, CaseStatus.CLOSED);
      const facts = await this.cases.closureFacts(txCtx.system(), c.id);
      const problem =
        checkClosure({
          panelKind: c.panelKind,
          hasOutcome: !!outcome,
          closedOn,
          lastHearing: facts.lastHearing,
          today,
        }) ??
        (closedOn < facts.referralDate
          ? { field: 'closedOn', message: "cannot be before the case's referral date" }
          : null);
      if (problem) throw DomainError.badInput(problem.field, problem.message);
      await this.setStatus(txCtx, c, CaseStatus.CLOSED, 'case.close', {
        closure_reason: why,
        closed_on: closedOn,
        ...(outcome
          ? {
              outcome_risk_at_closure: outcome.riskAtClosure,
              outcome_safety_plan_in_place: outcome.safetyPlanInPlace,
              outcome_idva_engagement: outcome.idvaEngagement ?? null,
              outcome_victim_informed: outcome.victimInformed ?? null,
              outcome_recorded_at: clock.now(),
              ...(outcome.idvaEngagement ? { idva_engagement: outcome.idvaEngagement } : {}),
            }
          : {}),
      });
      await this.flags.recompute(txCtx, [c.id]);
    });
  }

  async recordRiskReview(ctx: RequestContext, input: RiskReviewInput): Promise<void> {
    checkPastDate(input.reviewedOn, 'reviewedOn');
    const score = checkDash(input.dashAnswers, 'dashAnswers');
    if (score !== null && input.riskGrade)
      throw DomainError.badInput(
        'riskGrade',
        'is given by DARA or another graded tool, not with DASH answers',
      );
    if (input.rfgvScore == null && score === null && !input.riskGrade && !input.note?.trim()) {
      throw DomainError.badInput('input', 'give an RFGV score, DASH answers, a grade or a note');
    }
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.lockFor(txCtx, input.caseId, 'reviewRisk');
      if (![CaseStatus.ACCEPTED, CaseStatus.LISTED, CaseStatus.HEARD].includes(c.status)) {
        throw DomainError.badInput(
          'caseId',
          `risk reviews are recorded on accepted cases, not on a ${c.status} case`,
        );
      }
      if (c.panelKind === PanelKind.MATAC && input.rfgvScore == null) {
        throw DomainError.badInput('rfgvScore', 'a MATAC review needs an RFGV score');
      }
      const reviewId = await this.cases.insertRiskReview(txCtx, {
        caseId: c.id,
        reviewedOn: input.reviewedOn,
        rfgvScore: input.rfgvScore ?? null,
        dashAnswers: input.dashAnswers ?? null,
        dashScore: score,
        riskGrade: input.riskGrade ?? null,
        note: input.note?.trim() || null,
      });
      await this.cases.touch(txCtx, c.id);
      await this.audit.record(txCtx, {
        action: 'case.risk_review',
        entityType: 'RiskReview',
        entityId: reviewId,
        caseId: c.id,
      });
    });
  }

  private async change(
    ctx: RequestContext,
    caseId: string,
    permission: string,
    to: CaseStatus,
    action: string,
    columns: Record<string, unknown>,
  ): Promise<void> {
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.lockFor(txCtx, caseId, permission);
      await this.setStatus(txCtx, c, to, action, columns);
    });
  }
}
