import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, DateScalar, IdArg, RequestContext, type GqlContext } from '@marac/core';
import { Agency, AgencyService, Panel, PanelService } from '@marac/identity';
import { CaseService } from './case.service.js';
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

  @Query(() => CaseModel, { name: 'case' })
  getCase(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<CaseModel> {
    return this.caseService.get(ctx, id);
  }

  @Query(() => CaseModel, {
    description:
      'A case by its reference (e.g. MARAC-HPL-2026-0084, as e-mails give it); NOT_FOUND when it does not exist or the caller may not see it.',
  })
  caseByReference(@Ctx() ctx: RequestContext, @Args('reference') reference: string): Promise<CaseModel> {
    return this.caseService.getByReference(ctx, reference);
  }

  @Query(() => CaseConnection)
  cases(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => CaseFilter, nullable: true }) filter?: CaseFilter,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<CaseConnection> {
    return this.caseService.list(ctx, filter ?? {}, first ?? undefined, after ?? undefined);
  }

  @Query(() => [PersonMatchModel])
  searchPersons(
    @Ctx() ctx: RequestContext,
    @Args('input') input: PersonSearchInput,
  ): Promise<PersonMatchModel[]> {
    return this.persons.search(ctx, input);
  }

  @Mutation(() => CaseModel)
  createReferral(@Ctx() ctx: RequestContext, @Args('input') input: CreateReferralInput): Promise<CaseModel> {
    return this.caseService.createReferral(ctx, input);
  }

  @Mutation(() => CaseModel)
  triageReferral(@Ctx() ctx: RequestContext, @Args('input') input: TriageInput): Promise<CaseModel> {
    return this.caseService.triage(ctx, input);
  }

  @Mutation(() => CaseModel)
  withdrawReferral(
    @Ctx() ctx: RequestContext,
    @IdArg('caseId') caseId: string,
    @Args('reason') reason: string,
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
    @Args('reason') reason: string,
    @Args('outcome', { type: () => CaseOutcomeInput, nullable: true }) outcome?: CaseOutcomeInput | null,
    @Args('closedOn', { type: () => DateScalar, nullable: true }) closedOn?: string | null,
  ): Promise<CaseModel> {
    return this.caseService.close(ctx, caseId, reason, { outcome, closedOn });
  }

  @Mutation(() => CaseModel)
  recordRiskReview(@Ctx() ctx: RequestContext, @Args('input') input: RiskReviewInput): Promise<CaseModel> {
    return this.caseService.recordRiskReview(ctx, input);
  }

  @Mutation(() => CaseModel)
  confirmPersonMatch(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ConfirmPersonMatchInput,
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
