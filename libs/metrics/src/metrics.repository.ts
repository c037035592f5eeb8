import { Injectable } from '@nestjs/common';
import { Db, type RequestContext } from '@marac/core';
import type { Period } from './periods.js';
import type { ExactFigures } from './suppression.js';

/**
 * The figures of one panel for a list of periods ("buckets"), in ONE statement whatever the number of buckets or the
 * size of the data: `panelMetrics` is a series of one bucket. Every CTE filters on the panel and on the whole span
 * first (indexes: case_record (panel_id, referral_date), meeting (panel_id, starts_at) WHERE CONCLUDED,
 * action (panel_id, due_date), risk_review (reviewed_on) WHERE rfgv_score IS NOT NULL), then groups by bucket.
 *
 * Metrics names no other library's table: it reads the read-only views their owners publish for it (migration
 * 1764600500000-published-metrics-views; `<owner>_metrics_..._v`, PUBLISHED_VIEWS in apps/api/src/boundaries.spec.ts),
 * which PostgreSQL inlines, so the plans and indexes are those of the tables.
 *
 * Parameters: $1 panel id, $2 bucket first days (date[]), $3 bucket last days (date[]), $4 today (Europe/London).
 * Definitions: docs/metrics.md. Calendar dates are Europe/London: a meeting is held on the London date of starts_at.
 */
const METRICS_SQL = `
WITH b AS (
  SELECT x.i::int AS i, x.f AS b_from, x.t AS b_to,
         (x.f::timestamp AT TIME ZONE 'Europe/London') AS ts_from,
         ((x.t + 1)::timestamp AT TIME ZONE 'Europe/London') AS ts_to,
         -- overdue is judged at the end of the period, or today when the period has not ended
         least(x.t + 1, $4::date) AS as_of,
         least((x.t + 1)::timestamp AT TIME ZONE 'Europe/London', now()) AS as_of_ts
    FROM unnest($2::date[], $3::date[]) WITH ORDINALITY AS x(f, t, i)
),
span AS (
  SELECT min(b_from) AS f, max(b_to) AS t, min(ts_from) AS ts_from, max(ts_to) AS ts_to FROM b
),
referrals AS (
  SELECT b.i, count(*)::int AS n
    FROM span, cases_metrics_case_v c JOIN b ON c.referral_date BETWEEN b.b_from AND b.b_to
   WHERE c.panel_id = $1 AND c.referral_date BETWEEN span.f AND span.t
   GROUP BY b.i
),
-- the first concluded hearing within the span of each case listed at the panel's meetings ...
hearing AS (
  SELECT m.case_id, min(m.held_at) AS at
    FROM span, meetings_metrics_hearing_v m
   WHERE m.panel_id = $1 AND m.held_at >= span.ts_from AND m.held_at < span.ts_to
   GROUP BY m.case_id
),
-- ... that is its first hearing ever (no concluded hearing before the span): the cases discussed
heard AS (
  SELECT b.i, c.case_id AS id, c.is_repeat, c.children_in_household AS children,
         (h.at AT TIME ZONE 'Europe/London')::date - c.referral_date AS days,
         a.kind AS agency_kind, s.gender, s.is_bame, s.lgbt, s.disabled, c.cross_panel
    FROM hearing h
    JOIN b ON h.at >= b.ts_from AND h.at < b.ts_to
    JOIN cases_metrics_case_v c ON c.case_id = h.case_id AND c.panel_id = $1
    JOIN identity_metrics_agency_v a ON a.agency_id = c.referring_agency_id
    JOIN cases_metrics_subject_v s ON s.case_id = c.case_id
   WHERE NOT EXISTS (
           SELECT 1 FROM meetings_metrics_hearing_v e
            WHERE e.case_id = h.case_id AND e.held_at < (SELECT ts_from FROM span))
),
case_figures AS (
  SELECT i, count(*)::int AS heard,
         count(*) FILTER (WHERE is_repeat)::int AS repeat_cases,
         count(*) FILTER (WHERE is_bame)::int AS bame,
         count(*) FILTER (WHERE lgbt)::int AS lgbt,
         count(*) FILTER (WHERE disabled)::int AS disabled,
         count(*) FILTER (WHERE gender = 'MALE')::int AS male,
         coalesce(sum(children), 0)::int AS children,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days,
         count(*) FILTER (WHERE cross_panel)::int AS cross_panel
    FROM heard GROUP BY i
),
sources AS (
  SELECT i, jsonb_object_agg(agency_kind, n) AS by_kind
    FROM (SELECT i, agency_kind, count(*)::int AS n FROM heard GROUP BY i, agency_kind) s
   GROUP BY i
),
-- distinct perpetrators linked to the cases discussed that carry the flag
perpetrators AS (
  SELECT h.i,
         count(DISTINCT f.person_id) FILTER (WHERE f.flag_kind = 'REPEAT_PERPETRATOR')::int AS repeat_perps,
         count(DISTINCT f.person_id) FILTER (WHERE f.flag_kind = 'SERIAL_PERPETRATOR')::int AS serial_perps
    FROM heard h
    JOIN cases_metrics_flagged_perpetrator_v f ON f.case_id = h.id
   GROUP BY h.i
),
-- actions due in the period; overdue as libs/actions defines it (not DONE/CANCELLED and due before today), judged at
-- the end of the period or now if it has not ended (the view's definition read at that moment: due before that day
-- and not closed before it)
actions AS (
  SELECT b.i, count(*)::int AS total,
         count(*) FILTER (WHERE ac.status = 'DONE')::int AS completed,
         count(*) FILTER (
           WHERE ac.due_date < b.as_of AND NOT coalesce(ac.closed_at < b.as_of_ts, false))::int AS overdue
    FROM span, actions_metrics_action_v ac JOIN b ON ac.due_date BETWEEN b.b_from AND b.b_to
   WHERE ac.panel_id = $1 AND ac.due_date BETWEEN span.f AND span.t
   GROUP BY b.i
),
-- MATAC: nominals with an RFGV review in the period, their nomination score and last two reviews up to its end
reviewed AS (
  SELECT DISTINCT b.i, b.b_to, c.case_id AS id, c.nomination_rfgv_score AS nomination
    FROM span, cases_metrics_rfgv_review_v r
    JOIN b ON r.reviewed_on BETWEEN b.b_from AND b.b_to
    JOIN cases_metrics_case_v c ON c.case_id = r.case_id
   WHERE r.reviewed_on BETWEEN span.f AND span.t
     AND c.panel_id = $1 AND c.panel_kind = 'MATAC' AND c.nomination_rfgv_score IS NOT NULL
),
matac AS (
  SELECT rv.i, count(*)::int AS reviewed,
         count(*) FILTER (WHERE l.latest < rv.nomination AND l.previous < rv.nomination)::int AS sustained,
         avg(l.latest - rv.nomination)::float8 AS mean_change
    FROM reviewed rv
    CROSS JOIN LATERAL (
      SELECT (array_agg(r.rfgv_score ORDER BY r.reviewed_on DESC, r.created_at DESC))[1] AS latest,
             (array_agg(r.rfgv_score ORDER BY r.reviewed_on DESC, r.created_at DESC))[2] AS previous
        FROM cases_metrics_rfgv_review_v r
       WHERE r.case_id = rv.id AND r.reviewed_on <= rv.b_to
    ) l
   GROUP BY rv.i
)
SELECT b.i, b.b_from AS "from", b.b_to AS "to",
       coalesce(r.n, 0) AS referrals,
       coalesce(cf.heard, 0) AS "casesHeard",
       coalesce(cf.repeat_cases, 0) AS "repeatCases",
       coalesce(s.by_kind, '{}'::jsonb) AS sources,
       coalesce(cf.bame, 0) AS "bameCases",
       coalesce(cf.lgbt, 0) AS "lgbtCases",
       coalesce(cf.disabled, 0) AS "disabledCases",
       coalesce(cf.male, 0) AS "maleCases",
       coalesce(cf.children, 0) AS "childrenInHouseholds",
       cf.median_days AS "medianDaysReferralToHearing",
       coalesce(ac.total, 0) AS "actionsTotal",
       coalesce(ac.completed, 0) AS "actionsCompleted",
       coalesce(ac.overdue, 0) AS "actionsOverdue",
       coalesce(pp.repeat_perps, 0) AS "repeatPerpetrators",
       coalesce(pp.serial_perps, 0) AS "serialPerpetrators",
       coalesce(cf.cross_panel, 0) AS "crossPanelCases",
       coalesce(mt.reviewed, 0) AS "matacReviewed",
       coalesce(mt.sustained, 0) AS "matacSustained",
       mt.mean_change AS "matacMeanRfgvChange"
  FROM b
  LEFT JOIN referrals r ON r.i = b.i
  LEFT JOIN case_figures cf ON cf.i = b.i
  LEFT JOIN sources s ON s.i = b.i
  LEFT JOIN perpetrators pp ON pp.i = b.i
  LEFT JOIN actions ac ON ac.i = b.i
  LEFT JOIN matac mt ON mt.i = b.i
 ORDER BY b.i`;

/** One row per bucket: its period and the exact figures (the referral sources as kind -> count). */
export type MetricsRow = Omit<ExactFigures, 'sources'> & {
  from: string;
  to: string;
  sources: Record<string, number>;
};

/** The metrics' one read: exact figures of a panel for each period, in one statement, in the context's transaction. */
@Injectable()
export class MetricsRepository {
  constructor(private readonly db: Db) {}

  figures(ctx: RequestContext, panelId: string, periods: Period[], today: string): Promise<MetricsRow[]> {
    return this.db.query<MetricsRow>(ctx, METRICS_SQL, [
      panelId,
      periods.map((p) => p.from),
      periods.map((p) => p.to),
      today,
    ]);
  }
}
