import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The read models that the strategic metrics (libs/metrics) read, published by the libraries that own the tables, so
 * that metrics names no other library's table (apps/api/src/boundaries.spec.ts, PUBLISHED_VIEWS). Each view is named
 * `<owner>_metrics_..._v`, is defined and maintained by its owner (a change of the owner's tables comes with a new
 * migration that redefines the view), carries facts only (ids, dates, codes and flags: no name, no date of birth, no
 * contact, no free text) and is read-only: every write through it fails (INSTEAD OF trigger), and PUBLIC has no write
 * privilege on it. They are plain views: PostgreSQL inlines them into the metrics statement, so the indexes of the
 * tables serve as before (case_record (panel_id, referral_date), meeting_concluded_idx, action (panel_id, due_date),
 * risk_review_rfgv_date_idx), and joins to the subject that a query does not use are removed by the planner.
 */
const VIEWS = [
  'identity_metrics_agency_v',
  'cases_metrics_case_v',
  'cases_metrics_subject_v',
  'cases_metrics_flagged_perpetrator_v',
  'cases_metrics_rfgv_review_v',
  'meetings_metrics_hearing_v',
  'actions_metrics_action_v',
];

export class PublishedMetricsViews1764600500000 implements MigrationInterface {
  name = 'PublishedMetricsViews1764600500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION published_view_read_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is a read-only published view; write through its owner''s repository', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END $$;

      -- identity: the kind of each agency
      CREATE VIEW identity_metrics_agency_v AS
        SELECT a.id AS agency_id, a.kind FROM agency a;

      -- cases: one row per case, and whether it carries the CROSS_PANEL flag; the rfgv_score given at referral is the
      -- MATAC nomination score
      CREATE VIEW cases_metrics_case_v AS
        SELECT c.id AS case_id, c.panel_id, c.panel_kind, c.referral_date, c.referring_agency_id, c.is_repeat,
               c.children_in_household, c.rfgv_score AS nomination_rfgv_score,
               EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.kind = 'CROSS_PANEL') AS cross_panel
          FROM case_record c;

      -- cases: one row per case, its subject's recorded attributes (unknown stays null); a view of its own so that a
      -- query of the cases alone does not join the subjects
      CREATE VIEW cases_metrics_subject_v AS
        SELECT s.case_id, p.gender, p.is_bame, p.lgbt, p.disabled
          FROM case_person s
          JOIN person p ON p.id = s.person_id
         WHERE s.is_subject;

      -- cases: the perpetrators linked to a case that carries a REPEAT_PERPETRATOR or SERIAL_PERPETRATOR flag
      CREATE VIEW cases_metrics_flagged_perpetrator_v AS
        SELECT f.case_id, cp.person_id, f.kind AS flag_kind
          FROM case_flag f
          JOIN case_person cp ON cp.case_id = f.case_id AND cp.role = 'PERPETRATOR'
         WHERE f.kind IN ('REPEAT_PERPETRATOR', 'SERIAL_PERPETRATOR');

      -- cases: the RFGV scores of risk reviews (reviews without one are left out)
      CREATE VIEW cases_metrics_rfgv_review_v AS
        SELECT r.case_id, r.reviewed_on, r.rfgv_score, r.created_at
          FROM risk_review r
         WHERE r.rfgv_score IS NOT NULL;

      -- meetings: every hearing of a case, i.e. a listing at a CONCLUDED meeting, and when the meeting started
      CREATE VIEW meetings_metrics_hearing_v AS
        SELECT ai.case_id, m.panel_id, m.starts_at AS held_at
          FROM agenda_item ai
          JOIN meeting m ON m.id = ai.meeting_id
         WHERE m.status = 'CONCLUDED';

      -- actions: each action's panel, due date, status, and when it was closed (DONE: its completion time; CANCELLED:
      -- its last update); is_overdue is today's answer.
      -- overdue: same definition as libs/actions (not DONE/CANCELLED and due before today)
      -- judged at another moment T (the end of a past period), the same definition reads: due before T's London date
      -- and not closed before T, i.e. NOT (closed_at < T) AND due_date < T's date.
      CREATE VIEW actions_metrics_action_v AS
        SELECT ac.id AS action_id, ac.panel_id, ac.due_date, ac.status,
               CASE ac.status WHEN 'DONE' THEN coalesce(ac.completed_at, ac.updated_at)
                              WHEN 'CANCELLED' THEN ac.updated_at END AS closed_at,
               (ac.status NOT IN ('DONE', 'CANCELLED')
                 AND ac.due_date < (now() AT TIME ZONE 'Europe/London')::date) AS is_overdue
          FROM action ac;
    `);
    for (const view of VIEWS) {
      await q.query(`
        COMMENT ON VIEW ${view} IS 'Read-only read model published for libs/metrics by the owner library named by its prefix; defined in migrations';
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${view} FROM PUBLIC;
        CREATE TRIGGER ${view}_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON ${view}
          FOR EACH ROW EXECUTE FUNCTION published_view_read_only();
      `);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`${[...VIEWS]
      .reverse()
      .map((v) => `DROP VIEW ${v};`)
      .join(' ')}
      DROP FUNCTION published_view_read_only();`);
  }
}
