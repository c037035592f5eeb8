import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  AfterArg,
  Ctx,
  DateScalar,
  FirstArg,
  IdArg,
  InputArg,
  RequestContext,
  type GqlContext,
} from '@marac/core';
import { Agency, AgencyService, Panel, PanelService } from '@marac/identity';
import { CASES_PAGE_DEFAULT, CASES_PAGE_MAX, CaseService } from './case.service.js';
import {
  CaseFilter,
  CaseOutcomeInput,
  ConfirmPersonMatchInput,
  CreateReferralInput,
  PersonSearchInput,
  RiskReviewInput,
  TriageInput,
} from './dto/case.inputs.js';
import { FlagService } from './flag.service.js';
import {
  CaseConnection,
  CaseFlagModel,
  CaseModel,
  DashAssessmentModel,
  RiskReviewModel,
} from './models/case.model.js';
import { ContactDetails, LinkedPersonModel, PersonMatchModel, PersonModel } from './models/person.model.js';
import { PersonService } from './person.service.js';

@Resolver(() => CaseModel)
export class CaseResolver {
  constructor(
    private readonly caseService: CaseService,
    private readonly persons: PersonService,
    private readonly flagService: FlagService,
    private readonly panelService: PanelService,
    private readonly agencyService: AgencyService,
  ) {}

  @Query(() => CaseModel, {
    name: 'case',
    description:
      'A case by its id, with what the caller may see of it (POLICY.md rows and fields); NOT_FOUND when it does not exist or the caller may not see it',
  })
  getCase(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<CaseModel> {
    return this.caseService.get(ctx, id);
  }

  @Query(() => CaseModel, {
    description:
      'A case by its reference (e.g. MARAC-HPL-2026-0084, as e-mails give it); NOT_FOUND when it does not exist or the caller may not see it.',
  })
  caseByReference(
    @Ctx() ctx: RequestContext,
    @Args('reference', { description: 'The reference, e.g. MARAC-HPL-2026-0084' }) reference: string,
  ): Promise<CaseModel> {
    return this.caseService.getByReference(ctx, reference);
  }

  @Query(() => CaseConnection, {
    description:
      'The cases the caller may see, newest referral first, a page at a time (the same rows as GET /exports/cases.csv)',
  })
  cases(
    @Ctx() ctx: RequestContext,
    @Args('filter', {
      type: () => CaseFilter,
      nullable: true,
      description: 'Which cases; all visible when omitted',
    })
    filter?: CaseFilter,
    @FirstArg(CASES_PAGE_DEFAULT, CASES_PAGE_MAX) first?: number,
    @AfterArg('the endCursor of the previous page') after?: string,
  ): Promise<CaseConnection> {
    return this.caseService.list(ctx, filter ?? {}, first ?? undefined, after ?? undefined);
  }

  @Query(() => [PersonMatchModel], {
    description:
      'Coordinators and chairs: known persons by identifier, or by fuzzy name and date of birth (identity fields only; never persons seen only on cases the caller may not see)',
  })
  searchPersons(
    @Ctx() ctx: RequestContext,
    @InputArg('What to look for: an identifier, or a name with a date of birth') input: PersonSearchInput,
  ): Promise<PersonMatchModel[]> {
    return this.persons.search(ctx, input);
  }

  @Mutation(() => CaseModel, {
    description:
      'Refers a subject to a panel (SUBMITTED). Persons with a known police national id or NHS number are that person; flags are computed at once',
  })
  createReferral(
    @Ctx() ctx: RequestContext,
    @InputArg('The referral (SafeLives referral form)') input: CreateReferralInput,
  ): Promise<CaseModel> {
    return this.caseService.createReferral(ctx, input);
  }

  @Mutation(() => CaseModel, {
    description:
      'Panel staff: accepts or rejects a SUBMITTED referral (a rejection needs a reason code and a text)',
  })
  triageReferral(
    @Ctx() ctx: RequestContext,
    @InputArg('The decision') input: TriageInput,
  ): Promise<CaseModel> {
    return this.caseService.triage(ctx, input);
  }

  @Mutation(() => CaseModel, {
    description: 'Panel staff or the referrer: withdraws a SUBMITTED or ACCEPTED referral',
  })
  withdrawReferral(
    @Ctx() ctx: RequestContext,
    @IdArg('caseId') caseId: string,
    @Args('reason', { description: 'Why it is withdrawn' }) reason: string,
  ): Promise<CaseModel> {
    return this.caseService.withdraw(ctx, caseId, reason);
  }

  @Mutation(() => CaseModel, {
    description:
      'Closes a heard case (panel staff). MARAC: the outcome is required. closedOn defaults to today; it may be earlier, but not before the last hearing nor in the future.',
  })
  closeCase(
    @Ctx() ctx: RequestContext,
    @IdArg('caseId') caseId: string,
    @Args('reason', { description: 'Why the case is closed' }) reason: string,
    @Args('outcome', {
      type: () => CaseOutcomeInput,
      nullable: true,
      description: 'The outcome at closure: required for MARAC',
    })
    outcome?: CaseOutcomeInput | null,
    @Args('closedOn', {
      type: () => DateScalar,
      nullable: true,
      description: 'The day it closed: today when omitted; not in the future, not before its last hearing',
    })
    closedOn?: string | null,
  ): Promise<CaseModel> {
    return this.caseService.close(ctx, caseId, reason, { outcome, closedOn });
  }

  @Mutation(() => CaseModel, {
    description: 'Panel staff: a new risk score (RFGV for MATAC, DASH answers or a grade) at a review',
  })
  recordRiskReview(
    @Ctx() ctx: RequestContext,
    @InputArg('The review') input: RiskReviewInput,
  ): Promise<CaseModel> {
    return this.caseService.recordRiskReview(ctx, input);
  }

  @Mutation(() => CaseModel, {
    description:
      'Coordinators and chairs: a person on the case is really a known person (found by searchPersons); flags are recomputed',
  })
  confirmPersonMatch(
    @Ctx() ctx: RequestContext,
    @InputArg('The person on the case and the known person') input: ConfirmPersonMatchInput,
  ): Promise<CaseModel> {
    return this.caseService.confirmPersonMatch(ctx, input);
  }

  // ---- fields (plain signatures, batched by per-request loaders; what is visible was decided by the case query)

  @ResolveField(() => Panel)
  panel(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return this.panelService.byId(ctx, c.panelId);
  }

  @ResolveField(() => Agency)
  referringAgency(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return this.agencyService.byId(ctx, c.referringAgencyId);
  }

  @ResolveField(() => PersonModel)
  subject(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    ctx.noteRead('case', [c.id]); // the request's one read-audit event names every case whose persons it carried
    return this.persons.subjectOf(ctx, c);
  }

  @ResolveField(() => [LinkedPersonModel])
  linkedPersons(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    ctx.noteRead('case', [c.id]);
    return this.persons.linkedOf(ctx, c);
  }

  @ResolveField(() => DashAssessmentModel, { nullable: true })
  dash(c: CaseModel): DashAssessmentModel | null {
    return c.dashAnswers ? { answers: c.dashAnswers, score: c.dashScore ?? 0 } : null;
  }

  /** Hidden is not false: null in the referrer's narrow view, which never shows flags. */
  @ResolveField(() => Boolean, { nullable: true })
  isRepeat(c: CaseModel): boolean | null {
    return c.view.detail ? c.repeat : null;
  }

  @ResolveField(() => CaseModel, { nullable: true })
  previousCase(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return c.view.detail && c.previousCaseId ? this.caseService.visible(ctx, c.previousCaseId) : null;
  }

  @ResolveField('flags', () => [CaseFlagModel])
  flags(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return c.view.detail ? this.flagService.forCase(ctx, c.id) : [];
  }

  @ResolveField(() => [RiskReviewModel])
  riskReviews(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return c.view.detail ? this.caseService.riskReviews(ctx, c.id) : [];
  }
}

@Resolver(() => PersonModel)
export class PersonResolver {
  @ResolveField(() => ContactDetails, {
    nullable: true,
    description: 'Null when the viewer may not see it (redacted)',
  })
  contact(p: PersonModel): ContactDetails | null {
    return p.contactVisible ? p.contactDetails : null;
  }
}
