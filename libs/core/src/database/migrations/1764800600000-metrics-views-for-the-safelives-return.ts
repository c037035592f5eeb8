import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The published read models of libs/metrics (migration 1764600500000) for the issue 11 figures and the SafeLives
 * return (docs/metrics.md), still facts only (ids, dates, codes, flags and an age in years; no name, no date of birth,
 * no free text) and read-only:
 * - cases_metrics_case_v also gives the case's latest IDVA engagement, its closing date and its risk at closure;
 * - cases_metrics_subject_v also gives the subject's age in whole years on the referral date (not the date of birth);
 * - cases_metrics_further_incident_v (new): each further incident's case and date;
 * - meetings_metrics_hearing_v also names the meeting (the SafeLives return has one row per meeting);
 * - meetings_metrics_meeting_v (new): every CONCLUDED meeting and when it started (meetings held);
 * - actions_metrics_action_v gives each action's case and category, and no longer `is_overdue`: that column read the
 *   database's now(), while overdue must follow the application's clock (libs/core/src/clock.ts, which tests set), so
 *   the metrics statement judges it from its own "as of" parameter.
 */
const READ_ONLY = (view: string) => `
  COMMENT ON VIEW ${view} IS 'Read-only read model published for libs/metrics by the owner library named by its prefix; defined in migrations';
  REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ${view} FROM PUBLIC;
  CREATE TRIGGER ${view}_read_only INSTEAD OF INSERT OR UPDATE OR DELETE ON ${view}
    FOR EACH ROW EXECUTE FUNCTION published_view_read_only();`;

export class MetricsViewsForTheSafeLivesReturn1764800600000 implements MigrationInterface {
  name = 'MetricsViewsForTheSafeLivesReturn1764800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- cases: new columns at the end (CREATE OR REPLACE keeps the existing ones, their order and the trigger)
      CREATE OR REPLACE VIEW cases_metrics_case_v AS
        SELECT c.id AS case_id, c.panel_id, c.panel_kind, c.referral_date, c.referring_agency_id, c.is_repeat,
               c.children_in_household, c.rfgv_score AS nomination_rfgv_score,
               EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.kind = 'CROSS_PANEL') AS cross_panel,
               c.idva_engagement, c.closed_on, c.outcome_risk_at_closure
          FROM case_record c;

      -- cases: the subject's age in whole years on the case's referral date (null when the date of birth is unknown)
      CREATE OR REPLACE VIEW cases_metrics_subject_v AS
        SELECT s.case_id, p.gender, p.is_bame, p.lgbt, p.disabled,
               date_part('year', age(c.referral_date, p.date_of_birth))::int AS age_at_referral
          FROM case_person s
          JOIN person p ON p.id = s.person_id
          JOIN case_record c ON c.id = s.case_id
         WHERE s.is_subject;

      -- cases: each further incident recorded on a case ("flag and tag"), by its date
      CREATE VIEW cases_metrics_further_incident_v AS
        SELECT fi.id AS further_incident_id, fi.case_id, fi.incident_date
          FROM further_incident fi;

      -- meetings: every hearing of a case, the meeting it was heard at, and when the meeting started
      CREATE OR REPLACE VIEW meetings_metrics_hearing_v AS
        SELECT ai.case_id, m.panel_id, m.starts_at AS held_at, m.id AS meeting_id
          FROM agenda_item ai
          JOIN meeting m ON m.id = ai.meeting_id
         WHERE m.status = 'CONCLUDED';

      -- meetings: every meeting held (CONCLUDED), and when it started
      CREATE VIEW meetings_metrics_meeting_v AS
        SELECT m.id AS meeting_id, m.panel_id, m.starts_at AS held_at
          FROM meeting m
         WHERE m.status = 'CONCLUDED';

      -- actions: overdue is judged by the metrics statement at its own moment (the app clock), so no is_overdue here
      DROP VIEW actions_metrics_action_v;
      CREATE VIEW actions_metrics_action_v AS
        SELECT ac.id AS action_id, ac.panel_id, ac.due_date, ac.status,
               CASE ac.status WHEN 'DONE' THEN coalesce(ac.completed_at, ac.updated_at)
                              WHEN 'CANCELLED' THEN ac.updated_at END AS closed_at,
               ac.case_id, ac.category
          FROM action ac;
      ${READ_ONLY('cases_metrics_further_incident_v')}
      ${READ_ONLY('meetings_metrics_meeting_v')}
      ${READ_ONLY('actions_metrics_action_v')}
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP VIEW actions_metrics_action_v;
      CREATE VIEW actions_metrics_action_v AS
        SELECT ac.id AS action_id, ac.panel_id, ac.due_date, ac.status,
               CASE ac.status WHEN 'DONE' THEN coalesce(ac.completed_at, ac.updated_at)
                              WHEN 'CANCELLED' THEN ac.updated_at END AS closed_at,
               (ac.status NOT IN ('DONE', 'CANCELLED')
                 AND ac.due_date < (now() AT TIME ZONE 'Europe/London')::date) AS is_overdue
          FROM action ac;
      ${READ_ONLY('actions_metrics_action_v')}
      DROP VIEW meetings_metrics_meeting_v;
      DROP VIEW meetings_metrics_hearing_v;
      CREATE VIEW meetings_metrics_hearing_v AS
        SELECT ai.case_id, m.panel_id, m.starts_at AS held_at
          FROM agenda_item ai
          JOIN meeting m ON m.id = ai.meeting_id
         WHERE m.status = 'CONCLUDED';
      ${READ_ONLY('meetings_metrics_hearing_v')}
      DROP VIEW cases_metrics_further_incident_v;
      DROP VIEW cases_metrics_subject_v;
      CREATE VIEW cases_metrics_subject_v AS
        SELECT s.case_id, p.gender, p.is_bame, p.lgbt, p.disabled
          FROM case_person s
          JOIN person p ON p.id = s.person_id
         WHERE s.is_subject;
      ${READ_ONLY('cases_metrics_subject_v')}
      DROP VIEW cases_metrics_case_v;
      CREATE VIEW cases_metrics_case_v AS
        SELECT c.id AS case_id, c.panel_id, c.panel_kind, c.referral_date, c.referring_agency_id, c.is_repeat,
               c.children_in_household, c.rfgv_score AS nomination_rfgv_score,
               EXISTS (SELECT 1 FROM case_flag f WHERE f.case_id = c.id AND f.kind = 'CROSS_PANEL') AS cross_panel
          FROM case_record c;
      ${READ_ONLY('cases_metrics_case_v')}
    `);
  }
}
