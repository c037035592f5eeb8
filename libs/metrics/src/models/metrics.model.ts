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
    'Figures of one panel for one period (docs/metrics.md). Counts and shares are null when suppressed (1..4 seen by a STRATEGIC viewer); suppressedFigures names them.',
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
  @Field(() => [RangeCheckModel]) rangeChecks: RangeCheckModel[];
  @Field(() => [String]) suppressedFigures: string[];
}
