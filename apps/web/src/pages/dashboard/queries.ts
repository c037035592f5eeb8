/**
 * The dashboard's GraphQL operations. A STRATEGIC viewer gets one set of metrics per request (docs/metrics.md), so
 * the headline figures and the series of each panel are separate operations, each sent on its own.
 */
import { graphql } from '../../gql';

graphql(`
  fragment DashboardFigures on PanelMetrics {
    panelId
    from
    to
    roundedTo
    suppressedFigures
    referrals
    casesHeard
    repeatCases
    repeatRate
    policeReferralShare
    bameCases
    bameShare
    lgbtCases
    lgbtShare
    disabledCases
    disabledShare
    maleCases
    maleShare
    victimsAged16To17
    childrenInHouseholds
    idvaEngagedShare
    perpetratorActionShare
    riskReducedShare
    medianDaysReferralToHearing
    meetingsHeld
    furtherIncidents
    repeatPerpetrators
    serialPerpetrators
    crossPanelCases
    actionsTotal
    actionsCompleted
    actionsOverdue
    actionCompletionRate
    matacMeanRfgvChange
    matacSustainedReductionShare
    referralSources {
      agencyKind
      count
      share
    }
    rangeChecks {
      figure
      value
      expectedMin
      expectedMax
      withinRange
    }
  }
`);

export const DASHBOARD_PANELS = graphql(`
  query DashboardPanels {
    panels {
      id
      name
      kind
      area
    }
  }
`);

export const PANEL_METRICS = graphql(`
  query DashboardPanelMetrics($input: MetricsInput!) {
    panelMetrics(input: $input) {
      ...DashboardFigures
    }
  }
`);

export const PANEL_METRICS_SERIES = graphql(`
  query DashboardPanelMetricsSeries($input: MetricsInput!, $interval: Interval!) {
    panelMetricsSeries(input: $input, interval: $interval) {
      ...DashboardFigures
    }
  }
`);
