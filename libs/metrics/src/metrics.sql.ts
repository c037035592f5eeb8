/**
 * The figures of one panel for a list of periods ("buckets"), in ONE statement whatever the number of buckets or the
 * size of the data: `panelMetrics` is a series of one bucket. Every CTE filters on the panel and on the whole span
 * first (indexes: case_record (panel_id, referral_date), meeting (panel_id, starts_at) WHERE CONCLUDED,
 * action (panel_id, due_date), risk_review (reviewed_on) WHERE rfgv_score IS NOT NULL), then groups by bucket.
 *
 * Parameters: $1 panel id, $2 bucket first days (date[]), $3 bucket last days (date[]), $4 today (Europe/London).
 * Definitions: docs/metrics.md. Calendar dates are Europe/London: a meeting is held on the London date of starts_at.
 */
export const METRICS_SQL = `
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
    FROM span, case_record c JOIN b ON c.referral_date BETWEEN b.b_from AND b.b_to
   WHERE c.panel_id = $1 AND c.referral_date BETWEEN span.f AND span.t
   GROUP BY b.i
),
-- the first concluded hearing within the span of each case listed at the panel's meetings ...
hearing AS (
  SELECT ai.case_id, min(m.starts_at) AS at
    FROM span, meeting m JOIN agenda_item ai ON ai.meeting_id = m.id
   WHERE m.panel_id = $1 AND m.status = 'CONCLUDED' AND m.starts_at >= span.ts_from AND m.starts_at < span.ts_to
   GROUP BY ai.case_id
),
-- ... that is its first hearing ever (no concluded hearing before the span): the cases discussed
heard AS (
  SELECT b.i, c.id, c.is_repeat, c.children_in_household AS children,
         (h.at AT TIME ZONE 'Europe/London')::date - c.referral_date AS days,
         a.kind AS agency_kind, p.gender, p.is_bame, p.lgbt, p.disabled,
         EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.kind = 'CROSS_PANEL') AS cross_panel
    FROM hearing h
    JOIN b ON h.at >= b.ts_from AND h.at < b.ts_to
    JOIN case_record c ON c.id = h.case_id AND c.panel_id = $1
    JOIN agency a ON a.id = c.referring_agency_id
    JOIN case_person s ON s.case_id = c.id AND s.is_subject
    JOIN person p ON p.id = s.person_id
   WHERE NOT EXISTS (
           SELECT 1 FROM agenda_item e JOIN meeting em ON em.id = e.meeting_id
            WHERE e.case_id = h.case_id AND em.status = 'CONCLUDED' AND em.starts_at < (SELECT ts_from FROM span))
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
         count(DISTINCT cp.person_id) FILTER (WHERE f.kind = 'REPEAT_PERPETRATOR')::int AS repeat_perps,
         count(DISTINCT cp.person_id) FILTER (WHERE f.kind = 'SERIAL_PERPETRATOR')::int AS serial_perps
    FROM heard h
    JOIN case_flag f ON f.case_id = h.id AND f.kind IN ('REPEAT_PERPETRATOR', 'SERIAL_PERPETRATOR')
    JOIN case_person cp ON cp.case_id = h.id AND cp.role = 'PERPETRATOR'
   GROUP BY h.i
),
-- actions due in the period; overdue: not done or cancelled by the end of the period (or now)
actions AS (
  SELECT b.i, count(*)::int AS total,
         count(*) FILTER (WHERE ac.status = 'DONE')::int AS completed,
         count(*) FILTER (
           WHERE ac.due_date < b.as_of
             AND NOT (ac.status = 'DONE' AND coalesce(ac.completed_at, ac.updated_at) < b.as_of_ts)
             AND NOT (ac.status = 'CANCELLED' AND ac.updated_at < b.as_of_ts))::int AS overdue
    FROM span, action ac JOIN b ON ac.due_date BETWEEN b.b_from AND b.b_to
   WHERE ac.panel_id = $1 AND ac.due_date BETWEEN span.f AND span.t
   GROUP BY b.i
),
-- MATAC: nominals with an RFGV review in the period, their nomination score and last two reviews up to its end
reviewed AS (
  SELECT DISTINCT b.i, b.b_to, c.id, c.rfgv_score AS nomination
    FROM span, risk_review r
    JOIN b ON r.reviewed_on BETWEEN b.b_from AND b.b_to
    JOIN case_record c ON c.id = r.case_id
   WHERE r.rfgv_score IS NOT NULL AND r.reviewed_on BETWEEN span.f AND span.t
     AND c.panel_id = $1 AND c.panel_kind = 'MATAC' AND c.rfgv_score IS NOT NULL
),
matac AS (
  SELECT rv.i, count(*)::int AS reviewed,
         count(*) FILTER (WHERE l.latest < rv.nomination AND l.previous < rv.nomination)::int AS sustained,
         avg(l.latest - rv.nomination)::float8 AS mean_change
    FROM reviewed rv
    CROSS JOIN LATERAL (
      SELECT (array_agg(r.rfgv_score ORDER BY r.reviewed_on DESC, r.created_at DESC))[1] AS latest,
             (array_agg(r.rfgv_score ORDER BY r.reviewed_on DESC, r.created_at DESC))[2] AS previous
        FROM risk_review r
       WHERE r.case_id = rv.id AND r.rfgv_score IS NOT NULL AND r.reviewed_on <= rv.b_to
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
