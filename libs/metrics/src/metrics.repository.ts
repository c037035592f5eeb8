import { Injectable } from '@nestjs/common';
import { Db, londonToday, type RequestContext } from '@marac/core';
import { FIGURE_GROUPS, type FigureGroup } from './figure-groups.js';
import type { Period } from './periods.js';
import type { ExactFigures, ExactReturnRow } from './suppression.js';

/**
 * The figures of one panel for a list of periods ("buckets"), in ONE statement whatever the number of buckets or the
 * size of the data: `panelMetrics` is a series of one bucket. Every CTE filters on the panel and on the whole span
 * first (indexes: case_record (panel_id, referral_date), meeting (panel_id, starts_at) WHERE CONCLUDED,
 * action (panel_id, due_date), risk_review (reviewed_on) WHERE rfgv_score IS NOT NULL), then groups by bucket.
 *
 * Metrics names no other library's table: it reads the read-only views their owners publish for it (migrations
 * 1764600500000-published-metrics-views and 1764800600000-metrics-views-for-the-safelives-return; `<owner>_metrics_
 * ..._v`, PUBLISHED_VIEWS in apps/api/src/boundaries.spec.ts), which PostgreSQL inlines, so the plans and indexes are
 * those of the tables. The statement is built from named pieces (BUCKETS, HEARD, CASE_FIGURES, ...) that the
 * SafeLives return shares.
 *
 * Parameters: $1 panel id, $2 bucket first days (date[]), $3 bucket last days (date[]), $4 today (Europe/London) and
 * $5 now, both from the app clock (libs/core/src/clock.ts), which is what "overdue" is judged against.
 * Definitions: docs/metrics.md. Calendar dates are Europe/London: a meeting is held on the London date of starts_at.
 */
/** The buckets ($2 first days, $3 last days), each with its London instants and the moment overdue is judged at. */
const BUCKETS = `
b AS (
  SELECT x.i::int AS i, x.f AS b_from, x.t AS b_to,
         (x.f::timestamp AT TIME ZONE 'Europe/London') AS ts_from,
         ((x.t + 1)::timestamp AT TIME ZONE 'Europe/London') AS ts_to,
         -- overdue is judged at the end of the period, or now (the app clock: $4, $5) when the period has not ended
         least(x.t + 1, $4::date) AS as_of,
         least((x.t + 1)::timestamp AT TIME ZONE 'Europe/London', $5::timestamptz) AS as_of_ts
    FROM unnest($2::date[], $3::date[]) WITH ORDINALITY AS x(f, t, i)
),
span AS (
  SELECT min(b_from) AS f, max(b_to) AS t, min(ts_from) AS ts_from, max(ts_to) AS ts_to FROM b
)`;

/**
 * The cases discussed: one row per case first heard in a bucket, with the bucket (i) and the meeting it was first
 * heard at, and every fact a case-level figure counts. Shared by panelMetrics and the SafeLives return, so that the two
 * cannot disagree.
 */
const HEARD = `
-- the first concluded hearing within the span of each case listed at the panel's meetings (and its meeting) ...
hearing AS (
  SELECT DISTINCT ON (m.case_id) m.case_id, m.held_at AS at, m.meeting_id
    FROM span, meetings_metrics_hearing_v m
   WHERE m.panel_id = $1 AND m.held_at >= span.ts_from AND m.held_at < span.ts_to
   ORDER BY m.case_id, m.held_at, m.meeting_id
),
-- ... that is its first hearing ever (no concluded hearing before the span): the cases discussed
heard AS (
  SELECT b.i, h.meeting_id, c.case_id AS id, c.is_repeat, c.children_in_household AS children,
         (h.at AT TIME ZONE 'Europe/London')::date - c.referral_date AS days,
         a.kind AS agency_kind, s.gender, s.is_bame, s.lgbt, s.disabled, s.age_at_referral, c.cross_panel,
         c.idva_engagement,
         EXISTS (SELECT 1 FROM actions_metrics_action_v pa
                  WHERE pa.case_id = c.case_id AND pa.category = 'PERPETRATOR' AND pa.status <> 'CANCELLED')
           AS perpetrator_action
    FROM hearing h
    JOIN b ON h.at >= b.ts_from AND h.at < b.ts_to
    JOIN cases_metrics_case_v c ON c.case_id = h.case_id AND c.panel_id = $1
    JOIN identity_metrics_agency_v a ON a.agency_id = c.referring_agency_id
    JOIN cases_metrics_subject_v s ON s.case_id = c.case_id
   WHERE NOT EXISTS (
           SELECT 1 FROM meetings_metrics_hearing_v e
            WHERE e.case_id = h.case_id AND e.held_at < (SELECT ts_from FROM span))
)`;

/** The case-level figures over a group of `heard` rows (a bucket, or a meeting). */
const CASE_FIGURES = `
  count(*)::int AS heard,
  count(*) FILTER (WHERE is_repeat)::int AS repeat_cases,
  count(*) FILTER (WHERE is_bame)::int AS bame,
  count(*) FILTER (WHERE lgbt)::int AS lgbt,
  count(*) FILTER (WHERE disabled)::int AS disabled,
  count(*) FILTER (WHERE gender = 'MALE')::int AS male,
  count(*) FILTER (WHERE age_at_referral BETWEEN 16 AND 17)::int AS aged_16_17,
  coalesce(sum(children), 0)::int AS children,
  percentile_cont(0.5) WITHIN GROUP (ORDER BY days) AS median_days,
  count(*) FILTER (WHERE cross_panel)::int AS cross_panel,
  count(*) FILTER (WHERE idva_engagement = 'ENGAGED')::int AS idva_engaged,
  count(*) FILTER (WHERE perpetrator_action)::int AS perpetrator_action`;

/** The referral sources of a group of `heard` rows, as kind -> count. */
const SOURCES_BY = (key: 'i' | 'meeting_id') => `
  SELECT ${key}, jsonb_object_agg(agency_kind, n) AS by_kind
    FROM (SELECT ${key}, agency_kind, count(*)::int AS n FROM heard GROUP BY ${key}, agency_kind) s
   GROUP BY ${key}`;

/** The columns of the shared case counts, named as ExactFigures / ExactReturnRow (cf: case figures). */
const CASE_COUNT_COLUMNS = `
       coalesce(cf.heard, 0) AS "casesHeard",
       coalesce(cf.repeat_cases, 0) AS "repeatCases",
       coalesce(cf.bame, 0) AS "bameCases",
       coalesce(cf.lgbt, 0) AS "lgbtCases",
       coalesce(cf.disabled, 0) AS "disabledCases",
       coalesce(cf.male, 0) AS "maleCases",
       coalesce(cf.aged_16_17, 0) AS "victimsAged16To17",
       coalesce(cf.children, 0) AS "childrenInHouseholds"`;

/** The referral sources column (s: sources). */
const SOURCES_COLUMN = `coalesce(s.by_kind, '{}'::jsonb) AS sources`;

/** The columns of the shared case figures (ExactReturnRow): the case counts and the sources. */
const CASE_COLUMNS = `${CASE_COUNT_COLUMNS}, ${SOURCES_COLUMN}`;

/** The CTEs of the metrics statement (every figure of every bucket). */
const METRICS_CTES = `
${BUCKETS},
referrals AS (
  SELECT b.i, count(*)::int AS n
    FROM span, cases_metrics_case_v c JOIN b ON c.referral_date BETWEEN b.b_from AND b.b_to
   WHERE c.panel_id = $1 AND c.referral_date BETWEEN span.f AND span.t
   GROUP BY b.i
),
${HEARD},
case_figures AS (SELECT i, ${CASE_FIGURES} FROM heard GROUP BY i),
sources AS (${SOURCES_BY('i')}),
-- distinct perpetrators linked to the cases discussed that carry the flag
perpetrators AS (
  SELECT h.i,
         count(DISTINCT f.person_id) FILTER (WHERE f.flag_kind = 'REPEAT_PERPETRATOR')::int AS repeat_perps,
         count(DISTINCT f.person_id) FILTER (WHERE f.flag_kind = 'SERIAL_PERPETRATOR')::int AS serial_perps
    FROM heard h
    JOIN cases_metrics_flagged_perpetrator_v f ON f.case_id = h.id
   GROUP BY h.i
),
-- concluded meetings whose start is in the period
held AS (
  SELECT b.i, count(*)::int AS n
    FROM span, meetings_metrics_meeting_v m JOIN b ON m.held_at >= b.ts_from AND m.held_at < b.ts_to
   WHERE m.panel_id = $1 AND m.held_at >= span.ts_from AND m.held_at < span.ts_to
   GROUP BY b.i
),
-- further incidents dated in the period on the panel's cases
incidents AS (
  SELECT b.i, count(*)::int AS n
    FROM span, cases_metrics_further_incident_v fi
    JOIN b ON fi.incident_date BETWEEN b.b_from AND b.b_to
    JOIN cases_metrics_case_v c ON c.case_id = fi.case_id
   WHERE c.panel_id = $1 AND fi.incident_date BETWEEN span.f AND span.t
   GROUP BY b.i
),
-- cases closed in the period with an outcome recorded, and those whose risk at closure was REDUCED
closures AS (
  SELECT b.i, count(*)::int AS with_outcome,
         count(*) FILTER (WHERE c.outcome_risk_at_closure = 'REDUCED')::int AS reduced
    FROM span, cases_metrics_case_v c JOIN b ON c.closed_on BETWEEN b.b_from AND b.b_to
   WHERE c.panel_id = $1 AND c.closed_on BETWEEN span.f AND span.t AND c.outcome_risk_at_closure IS NOT NULL
   GROUP BY b.i
),
-- actions due in the period; overdue as libs/actions defines it (not DONE/CANCELLED and due before today), judged at
-- the end of the period or now if it has not ended (due before that day and not closed before that moment)
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
)`;

/**
 * Each group's columns of the final select and the join that brings its CTE in. A group left out of a statement
 * has its columns as NULL and no join, so PostgreSQL does not run its CTE (an unreferenced CTE is never evaluated).
 */
const GROUP_SELECT: Record<FigureGroup, { columns: string; join: string }> = {
  referrals: { columns: `coalesce(r.n, 0) AS referrals`, join: `LEFT JOIN referrals r ON r.i = b.i` },
  cases: {
    columns: `${CASE_COUNT_COLUMNS},
       cf.median_days AS "medianDaysReferralToHearing",
       coalesce(cf.cross_panel, 0) AS "crossPanelCases",
       coalesce(cf.idva_engaged, 0) AS "idvaEngaged",
       coalesce(cf.perpetrator_action, 0) AS "perpetratorActionCases"`,
    join: `LEFT JOIN case_figures cf ON cf.i = b.i`,
  },
  sources: { columns: SOURCES_COLUMN, join: `LEFT JOIN sources s ON s.i = b.i` },
  perpetrators: {
    columns: `coalesce(pp.repeat_perps, 0) AS "repeatPerpetrators",
       coalesce(pp.serial_perps, 0) AS "serialPerpetrators"`,
    join: `LEFT JOIN perpetrators pp ON pp.i = b.i`,
  },
  actions: {
    columns: `coalesce(ac.total, 0) AS "actionsTotal",
       coalesce(ac.completed, 0) AS "actionsCompleted",
       coalesce(ac.overdue, 0) AS "actionsOverdue"`,
    join: `LEFT JOIN actions ac ON ac.i = b.i`,
  },
  matac: {
    columns: `coalesce(mt.reviewed, 0) AS "matacReviewed",
       coalesce(mt.sustained, 0) AS "matacSustained",
       mt.mean_change AS "matacMeanRfgvChange"`,
    join: `LEFT JOIN matac mt ON mt.i = b.i`,
  },
  held: { columns: `coalesce(hd.n, 0) AS "meetingsHeld"`, join: `LEFT JOIN held hd ON hd.i = b.i` },
  incidents: {
    columns: `coalesce(fi.n, 0) AS "furtherIncidents"`,
    join: `LEFT JOIN incidents fi ON fi.i = b.i`,
  },
  closures: {
    columns: `coalesce(cl.with_outcome, 0) AS "closedWithOutcome",
       coalesce(cl.reduced, 0) AS "riskReduced"`,
    join: `LEFT JOIN closures cl ON cl.i = b.i`,
  },
};

/** The same columns as NULL (a group left out). */
const nullColumns = (columns: string) =>
  [...columns.matchAll(/\bAS\s+("[^"]+"|\w+)\s*(?:,|$)/g)].map((m) => `NULL AS ${m[1]}`).join(', ');

/** The final select of the metrics statement for `groups`: one row of exact figures per bucket. */
function metricsSelect(groups: ReadonlySet<FigureGroup>): string {
  const columns = FIGURE_GROUPS.map((g) =>
    groups.has(g) ? GROUP_SELECT[g].columns : nullColumns(GROUP_SELECT[g].columns),
  );
  const joins = FIGURE_GROUPS.filter((g) => groups.has(g)).map((g) => GROUP_SELECT[g].join);
  return `
SELECT b.i, b.b_from AS "from", b.b_to AS "to",
       ${columns.join(',\n       ')}
  FROM b
  ${joins.join('\n  ')}
 ORDER BY b.i`;
}

const METRICS_SELECT = metricsSelect(new Set(FIGURE_GROUPS));

/** The metrics statement for a set of groups (at most 2^9 texts, built once each). */
const metricsSql = (() => {
  const built = new Map<string, string>();
  return (groups: ReadonlySet<FigureGroup>): string => {
    const key = FIGURE_GROUPS.filter((g) => groups.has(g)).join(',');
    let sql = built.get(key);
    if (!sql) built.set(key, (sql = `WITH ${METRICS_CTES} ${metricsSelect(groups)}`));
    return sql;
  };
})();

/**
 * The SafeLives return, in ONE statement (one snapshot, so the meeting rows add up to the total): the total is the
 * metrics statement's row for the one bucket (the quarter), and the meeting rows are the same HEARD rows and
 * CASE_FIGURES grouped by the meeting that first heard each case instead of by bucket, for every meeting held in the
 * quarter (in order), when $6 asks for them (panel staff).
 */
const RETURN_SQL = `
WITH ${METRICS_CTES},
total AS (${METRICS_SELECT}),
meetings AS (
  SELECT m.meeting_id, m.held_at
    FROM span, meetings_metrics_meeting_v m
   WHERE $6::boolean AND m.panel_id = $1 AND m.held_at >= span.ts_from AND m.held_at < span.ts_to
),
meeting_figures AS (SELECT meeting_id, ${CASE_FIGURES} FROM heard WHERE $6::boolean GROUP BY meeting_id),
meeting_sources AS (${SOURCES_BY('meeting_id')}),
meeting_rows AS (
  SELECT m.held_at, m.meeting_id AS "meetingId",
         (m.held_at AT TIME ZONE 'Europe/London')::date::text AS "meetingDate",
         ${CASE_COLUMNS}
    FROM meetings m
    LEFT JOIN meeting_figures cf ON cf.meeting_id = m.meeting_id
    LEFT JOIN meeting_sources s ON s.meeting_id = m.meeting_id
)
SELECT (SELECT to_jsonb(total) FROM total) AS total,
       coalesce((SELECT jsonb_agg(to_jsonb(r) - 'held_at' ORDER BY r.held_at, r."meetingId") FROM meeting_rows r),
                '[]'::jsonb) AS meetings`;

/** One row per bucket: its period and the exact figures (the referral sources as kind -> count). */
export type MetricsRow = Omit<ExactFigures, 'sources'> & {
  from: string;
  to: string;
  sources: Record<string, number>;
};

/** One meeting of the SafeLives return: when it was held and the exact figures of the cases first heard at it. */
export type MeetingRow = Omit<ExactReturnRow, 'sources'> & {
  meetingId: string;
  meetingDate: string;
  sources: Record<string, number>;
};

/** The metrics' reads: exact figures of a panel, in one statement per call, in the context's transaction. */
@Injectable()
export class MetricsRepository {
  constructor(private readonly db: Db) {}

  /** `groups`: the figures to compute (figure-groups.ts); the others come back null. */
  figures(
    ctx: RequestContext,
    panelId: string,
    periods: Period[],
    now: Date,
    groups: ReadonlySet<FigureGroup> = new Set(FIGURE_GROUPS),
  ): Promise<MetricsRow[]> {
    return this.db.query<MetricsRow>(ctx, metricsSql(groups), [
      panelId,
      periods.map((p) => p.from),
      periods.map((p) => p.to),
      londonToday(now),
      now.toISOString(),
    ]);
  }

  /**
   * The SafeLives return of one period (a quarter), in one statement: the period's exact figures (as `figures`
   * gives them) and, when `withMeetings`, one row per meeting held in it, in the order they were held.
   */
  async safeLivesReturn(
    ctx: RequestContext,
    panelId: string,
    period: Period,
    now: Date,
    withMeetings: boolean,
  ): Promise<{ total: MetricsRow; meetings: MeetingRow[] }> {
    const [row] = await this.db.query<{ total: MetricsRow; meetings: MeetingRow[] }>(ctx, RETURN_SQL, [
      panelId,
      [period.from],
      [period.to],
      londonToday(now),
      now.toISOString(),
      withMeetings,
    ]);
    return row;
  }
}
