/**
 * The figures of PanelMetrics come from groups of the metrics statement (metrics.repository.ts): each group is one or
 * more CTEs, and PostgreSQL never runs a CTE that the final select does not join. A request computes the groups its
 * selected fields need, and nothing else: a client asking for four counts does not pay for the MATAC reviews.
 */
export const FIGURE_GROUPS = [
  'referrals',
  'cases',
  'sources',
  'perpetrators',
  'actions',
  'matac',
  'held',
  'incidents',
  'closures',
] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

const ALL: ReadonlySet<FigureGroup> = new Set(FIGURE_GROUPS);

/**
 * What each field needs, its population (the denominator that decides suppression) included: a share or a count
 * "of the cases heard" needs the cases group. A field not named here (rangeChecks, suppressedFigures, any new one)
 * needs every group: its answer depends on all the figures.
 */
const NEEDS: Readonly<Record<string, readonly FigureGroup[]>> = {
  panelId: [],
  from: [],
  to: [],
  roundedTo: [],
  referrals: ['referrals'],
  casesHeard: ['cases'],
  repeatCases: ['cases'],
  repeatRate: ['cases'],
  referralSources: ['cases', 'sources'],
  policeReferralShare: ['cases', 'sources'],
  bameShare: ['cases'],
  lgbtShare: ['cases'],
  disabledShare: ['cases'],
  maleShare: ['cases'],
  bameCases: ['cases'],
  lgbtCases: ['cases'],
  disabledCases: ['cases'],
  maleCases: ['cases'],
  victimsAged16To17: ['cases'],
  childrenInHouseholds: ['cases'],
  medianDaysReferralToHearing: ['cases'],
  crossPanelCases: ['cases'],
  idvaEngagedShare: ['cases'],
  perpetratorActionShare: ['cases'],
  actionsTotal: ['actions'],
  actionsCompleted: ['actions'],
  actionsOverdue: ['actions'],
  actionCompletionRate: ['actions'],
  repeatPerpetrators: ['perpetrators'],
  serialPerpetrators: ['perpetrators'],
  matacMeanRfgvChange: ['matac'],
  matacSustainedReductionShare: ['matac'],
  meetingsHeld: ['held'],
  furtherIncidents: ['incidents'],
  riskReducedShare: ['closures'],
};

/** The groups that the selected fields need (every group when `fields` is null: the caller does not know). */
export function groupsFor(fields: Iterable<string> | null): ReadonlySet<FigureGroup> {
  if (!fields) return ALL;
  const groups = new Set<FigureGroup>();
  for (const f of fields) {
    const needs = Object.hasOwn(NEEDS, f) ? NEEDS[f] : null;
    if (!needs) return ALL;
    needs.forEach((g) => groups.add(g));
  }
  return groups;
}
