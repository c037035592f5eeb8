import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AgencyKind, DateScalar } from '@marac/core';

@ObjectType('AgencyShare')
export class AgencyShareModel {
  @Field(() => AgencyKind) agencyKind: AgencyKind;
  @Field(() => Int, { nullable: true }) count: number | null;
  @Field(() => Float, { nullable: true }) share: number | null;
}

@ObjectType('RangeCheck')
export class RangeCheckModel {
  @Field() figure: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { nullable: true }) expectedMin: number | null;
  @Field(() => Float, { nullable: true }) expectedMax: number | null;
  @Field(() => Boolean, { nullable: true }) withinRange: boolean | null;
}

const N = { nullable: true } as const;

@ObjectType('PanelMetrics', {
  description:
    'Figures of one panel for one period (docs/metrics.md). For a STRATEGIC viewer counts 1..4 are null (suppressedFigures names them and every figure computed from them) and every other count is rounded to the nearest 5, shares computed from the rounded counts (roundedTo).',
})
export class PanelMetricsModel {
  @Field(() => ID) panelId: string;
  @Field(() => DateScalar) from: string;
  @Field(() => DateScalar) to: string;
  @Field(() => Int, N) referrals: number | null;
  @Field(() => Int, N) casesHeard: number | null;
  @Field(() => Int, N) repeatCases: number | null;
  @Field(() => Float, N) repeatRate: number | null;
  @Field(() => [AgencyShareModel]) referralSources: AgencyShareModel[];
  @Field(() => Float, N) policeReferralShare: number | null;
  @Field(() => Float, N) bameShare: number | null;
  @Field(() => Float, N) lgbtShare: number | null;
  @Field(() => Float, N) disabledShare: number | null;
  @Field(() => Float, N) maleShare: number | null;
  @Field(() => Int, N) childrenInHouseholds: number | null;
  @Field(() => Float, N) medianDaysReferralToHearing: number | null;
  @Field(() => Int, N) actionsTotal: number | null;
  @Field(() => Int, N) actionsCompleted: number | null;
  @Field(() => Int, N) actionsOverdue: number | null;
  @Field(() => Float, N) actionCompletionRate: number | null;
  @Field(() => Int, N) repeatPerpetrators: number | null;
  @Field(() => Int, N) serialPerpetrators: number | null;
  @Field(() => Int, N) crossPanelCases: number | null;
  @Field(() => Float, { nullable: true, description: 'MATAC: mean (latest review - nomination) RFGV score' })
  matacMeanRfgvChange: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'MATAC: share of nominals whose last two reviews are both below nomination',
  })
  matacSustainedReductionShare: number | null;
  @Field(() => Int, { nullable: true, description: 'the counts behind bameShare ... maleShare' })
  bameCases: number | null;
  @Field(() => Int, N) lgbtCases: number | null;
  @Field(() => Int, N) disabledCases: number | null;
  @Field(() => Int, N) maleCases: number | null;
  @Field(() => Int, { nullable: true, description: 'concluded meetings whose start is in the period' })
  meetingsHeld: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'subjects of the cases heard aged 16 or 17 on their referral date',
  })
  victimsAged16To17: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'of the cases heard, the share whose latest IDVA engagement is ENGAGED',
  })
  idvaEngagedShare: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "further incidents dated in the period on the panel's cases",
  })
  furtherIncidents: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'of the cases closed in the period with an outcome, the share with risk at closure REDUCED',
  })
  riskReducedShare: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'of the cases heard, the share whose plan has a PERPETRATOR action (not cancelled)',
  })
  perpetratorActionShare: number | null;
  @Field(() => [RangeCheckModel]) rangeChecks: RangeCheckModel[];
  @Field(() => [String]) suppressedFigures: string[];
  @Field(() => Int, {
    description:
      '5 for STRATEGIC viewers (counts rounded to the nearest 5), 1 for panel staff (exact figures)',
  })
  roundedTo: number;
}
