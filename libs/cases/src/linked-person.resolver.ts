import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, IdArg, RequestContext } from '@marac/core';
import { CaseService } from './case.service.js';
import { LinkedPersonInput } from './dto/case.inputs.js';
import { LinkedPersonService } from './linked-person.service.js';
import { CaseModel } from './models/case.model.js';

@Resolver(() => CaseModel)
export class LinkedPersonResolver {
  constructor(
    private readonly linked: LinkedPersonService,
    private readonly caseService: CaseService,
  ) {}

  @Mutation(() => CaseModel, {
    description:
      "Adds a linked person to a case (panel staff), e.g. a perpetrator identified after referral. The person is matched as at referral (a known police national id or NHS number is that person; otherwise a new person) or given by existingPersonId; the case's flags, and those of every case sharing the person, are recomputed.",
  })
  async addLinkedPerson(
    @Ctx() ctx: RequestContext,
    @IdArg('caseId') caseId: string,
    @Args('input', { description: 'The person and their role on the case' }) input: LinkedPersonInput,
  ): Promise<CaseModel> {
    await this.linked.add(ctx, caseId, input);
    return this.caseService.get(ctx, caseId);
  }

  @Mutation(() => CaseModel, {
    description:
      'Removes a linked person from a case (panel staff): personId is the id under which the person is seen on the case. The subject cannot be removed (BAD_USER_INPUT); a person not on the case is NOT_FOUND. Flags are recomputed for the case and every case that shared the person.',
  })
  async removeLinkedPerson(
    @Ctx() ctx: RequestContext,
    @IdArg('caseId') caseId: string,
    @IdArg('personId') personId: string,
  ): Promise<CaseModel> {
    await this.linked.remove(ctx, caseId, personId);
    return this.caseService.get(ctx, caseId);
  }
}
