import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateScalar } from '@marac/core';
import { AgencyShareModel } from './metrics.model.js';

const N = { nullable: true } as const;

@ObjectType('SafeLivesReturnRow', {
  description:
    'The figures of the cases discussed at one meeting (first heard at it), or in the whole quarter (the total row); the same definitions as PanelMetrics (docs/metrics.md)',
})
export class SafeLivesReturnRowModel {
  @Field(() => DateScalar, {
    nullable: true,
    description: 'the London date of the meeting; null on the total row',
  })
  meetingDate: string | null;
  @Field(() => Int, {
    nullable: true,
    description: 'cases heard for the first time (PanelMetrics.casesHeard)',
  })
  casesDiscussed: number | null;
  @Field(() => Int, N) repeatCases: number | null;
  @Field(() => Int, N) childrenInHouseholds: number | null;
  @Field(() => [AgencyShareModel], { description: 'cases discussed by the kind of the referring agency' })
  referralSources: AgencyShareModel[];
  @Field(() => Int, N) bameCases: number | null;
  @Field(() => Int, N) lgbtCases: number | null;
  @Field(() => Int, N) disabledCases: number | null;
  @Field(() => Int, N) maleCases: number | null;
  @Field(() => Int, { nullable: true, description: 'subjects aged 16 or 17 on their referral date' })
  victimsAged16To17: number | null;
}

@ObjectType('SafeLivesReturn', {
  description:
    "A panel's SafeLives quarterly return: one row per meeting held in the quarter (concluded meetings whose start is in it) and the quarter's total. Panel staff: every row, exact. STRATEGIC: the total row only, suppressed and rounded as PanelMetrics, for a quarter that has ended.",
})
export class SafeLivesReturnModel {
  @Field(() => ID) panelId: string;
  @Field({ description: 'the calendar quarter, e.g. "2026-Q1" (January to March)' }) quarter: string;
  @Field(() => Date, {
    description:
      'when the return was computed: flags describe what is known now, so a later return may differ',
  })
  generatedAt: Date;
  @Field(() => [SafeLivesReturnRowModel], {
    description: 'one row per meeting held, in order (empty for STRATEGIC viewers)',
  })
  meetings: SafeLivesReturnRowModel[];
  @Field(() => SafeLivesReturnRowModel) total: SafeLivesReturnRowModel;
  @Field(() => [String], { description: 'the figures of the total row hidden from this viewer' })
  suppressedFigures: string[];
  @Field(() => Int, {
    description:
      '5 for STRATEGIC viewers (counts rounded to the nearest 5), 1 for panel staff (exact figures)',
  })
  roundedTo: number;
}
