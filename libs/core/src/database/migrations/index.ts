import { IdentityAndAudit1763900000000 } from './1763900000000-identity-and-audit.js';
import { Cases1763900100000 } from './1763900100000-cases.js';
import { Meetings1763900200000 } from './1763900200000-meetings.js';
import { ActionsAndOutbox1763900300000 } from './1763900300000-actions-and-outbox.js';
import { CasePersonAsSubmitted1763900500000 } from './1763900500000-case-person-as-submitted.js';
import { RateLimit1763900600000 } from './1763900600000-rate-limit.js';
import { ContactPerCase1763900700000 } from './1763900700000-contact-per-case.js';
import { MetricsIndexes1763900400000 } from './1763900400000-metrics-indexes.js';
import { PublishedMetricsViews1764600500000 } from './1764600500000-published-metrics-views.js';
import { AuditReadEvents1764600700000 } from './1764600700000-audit-read-events.js';
import { MeetingLifecycle1764700200000 } from './1764700200000-meeting-lifecycle.js';
import { IdentitySideDoors1764600400000 } from './1764600400000-identity-side-doors.js';
import { ActionCategory1764700300000 } from './1764700300000-action-category.js';
import { RiskToolsAndRejection1764700100000 } from './1764700100000-risk-tools-and-rejection.js';
import { ReferralFactsAndOutcomes1764800100000 } from './1764800100000-referral-facts-and-outcomes.js';
import { MetricsViewsForTheSafeLivesReturn1764800600000 } from './1764800600000-metrics-views-for-the-safelives-return.js';
import { AccessCaseHearings1764800200000 } from './1764800200000-access-case-hearings.js';
import { ImportDigest1764800700000 } from './1764800700000-import-digest.js';
import { AccessCaseFunctions1764600100000 } from './1764600100000-access-case-functions.js';
import { AccessResearchAgencies1764800500000 } from './1764800500000-access-research-agencies.js';
import { RequestBudgetAndIdempotency1764900200000 } from './1764900200000-request-budget-and-idempotency.js';
import { AuditSealing1764900400000 } from './1764900400000-audit-sealing.js';

/** Every migration, in order. Listed explicitly (no globs) so the same list works from source and from dist. */
export const MIGRATIONS = [
  IdentityAndAudit1763900000000,
  Cases1763900100000,
  Meetings1763900200000,
  ActionsAndOutbox1763900300000,
  MetricsIndexes1763900400000,
  CasePersonAsSubmitted1763900500000,
  RateLimit1763900600000,
  ContactPerCase1763900700000,
  AccessCaseFunctions1764600100000,
  IdentitySideDoors1764600400000,
  PublishedMetricsViews1764600500000,
  AuditReadEvents1764600700000,
  RiskToolsAndRejection1764700100000,
  MeetingLifecycle1764700200000,
  ActionCategory1764700300000,
  ReferralFactsAndOutcomes1764800100000,
  AccessCaseHearings1764800200000,
  AccessResearchAgencies1764800500000,
  MetricsViewsForTheSafeLivesReturn1764800600000,
  ImportDigest1764800700000,
  RequestBudgetAndIdempotency1764900200000,
  AuditSealing1764900400000,
];
