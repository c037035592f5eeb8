import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, type GqlContext } from '@marac/core';
import { Agency, AgencyService } from '@marac/identity';
import { CaseService } from './case.service.js';
import { FurtherIncidentInput } from './dto/further-incident.inputs.js';
import { FurtherIncidentService } from './further-incident.service.js';
import { CaseModel } from './models/case.model.js';
import { FurtherIncidentModel } from './models/further-incident.model.js';

@Resolver(() => FurtherIncidentModel)
export class FurtherIncidentResolver {
  constructor(
    private readonly incidents: FurtherIncidentService,
    private readonly caseService: CaseService,
    private readonly agencyService: AgencyService,
  ) {}

  @Mutation(() => FurtherIncidentModel, {
    description:
      'Records a further incident on a case ("flag and tag"): panel staff, and panel reps who see the case in detail (not the referrer\'s view of their own referral). On a MARAC case HEARD or CLOSED whose referral date + 12 months is on or after the incident date, it also creates a repeat referral (SUBMITTED, criterion REPEAT, risk tool NONE, the same persons, lawful basis and restriction, referred by the caller\'s agency) for the coordinator to triage; on a case not yet heard, and on MATAC and HRAP cases, the incident is recorded only. BAD_USER_INPUT on incidentDate when it is in the future, before the referral date, or (MARAC) more than 12 months after it: a new referral is needed.',
  })
  async recordFurtherIncident(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The incident' }) input: FurtherIncidentInput,
  ): Promise<FurtherIncidentModel> {
    return this.incidents.get(ctx, await this.incidents.record(ctx, input));
  }

  @ResolveField(() => Agency, { description: 'The agency that recorded it' })
  agency(i: FurtherIncidentModel, _args: unknown, { ctx }: GqlContext) {
    return this.agencyService.byId(ctx, i.agencyId);
  }

  @ResolveField(() => CaseModel, {
    nullable: true,
    description: 'The repeat referral it created, when the caller may see that case',
  })
  repeatReferral(i: FurtherIncidentModel, _args: unknown, { ctx }: GqlContext) {
    return i.repeatCaseId ? this.caseService.visible(ctx, i.repeatCaseId) : null;
  }
}

/** Case.furtherIncidents: a field of the case, in its own resolver class (batched per request). */
@Resolver(() => CaseModel)
export class CaseFurtherIncidentsResolver {
  constructor(private readonly incidents: FurtherIncidentService) {}

  @ResolveField(() => [FurtherIncidentModel], {
    description:
      "Further incidents recorded on the case, oldest first: to everyone who sees the case in detail (empty in the referrer's view of their own referral)",
  })
  furtherIncidents(c: CaseModel, _args: unknown, { ctx }: GqlContext) {
    return c.view.detail ? this.incidents.forCase(ctx, c.id) : [];
  }
}
