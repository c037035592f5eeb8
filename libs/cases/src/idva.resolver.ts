import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, DomainError, RequestContext, type GqlContext } from '@marac/core';
import { CaseService } from './case.service.js';
import { IdvaEngagement } from './closure.enums.js';
import { IdvaContactInput } from './idva.inputs.js';
import { IdvaService } from './idva.service.js';
import { CaseModel } from './models/case.model.js';

@Resolver(() => CaseModel)
export class IdvaResolver {
  constructor(
    private readonly idva: IdvaService,
    private readonly cases: CaseService,
  ) {}

  @Mutation(() => CaseModel, {
    description:
      "Records a contact of the IDVA service with the victim; its engagement becomes the case's idvaEngagement. Panel staff, and reps of an IDVA agency who see the case; not on a rejected, withdrawn or closed case",
  })
  async recordIdvaContact(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The contact and the engagement it found' }) input: IdvaContactInput,
  ): Promise<CaseModel> {
    await this.idva.recordContact(ctx, input);
    const [c] = await this.cases.visibleByIds(ctx, [input.caseId]);
    if (!c) throw DomainError.notFound('Case', input.caseId);
    return c;
  }

  /** Hidden is not false: null in the referrer's narrow view. */
  @ResolveField(() => IdvaEngagement, {
    nullable: true,
    description:
      "The victim's latest engagement with the IDVA service (recordIdvaContact, or the outcome at closure); null in the referrer's view",
  })
  idvaEngagement(c: CaseModel, _args: unknown, { ctx }: GqlContext): Promise<IdvaEngagement | null> | null {
    return c.view.detail ? this.idva.engagement(ctx, c.id) : null;
  }
}
