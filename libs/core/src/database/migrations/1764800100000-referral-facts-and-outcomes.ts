import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, the facts the SafeLives rules read (DOMAIN.md), in one migration so that every library builds on the same
 * columns:
 * - the referral: the incident date (null reads as the referral date), the victim's voice (aware / consent / views),
 *   a previous MARAC outside the platform (area, referral date, optional reference);
 * - closure: the date closed (null on cases closed before this: their last update is taken as the date) and the
 *   outcome (risk at closure, safety plan in place, IDVA engagement, victim told, when recorded);
 * - the IDVA service: the case's latest engagement, and each contact recorded (`idva_contact`);
 * - further incidents ("flag and tag", `further_incident`), with the repeat referral each created;
 * - children on a case: relationship to the perpetrator and school (per case entry, as given with the referral);
 * - flags naming a MARAC outside the platform (`case_flag.related_area`);
 * - the research reminder sent the day before a meeting's deadline (`meeting.research_reminder_sent_at`), once;
 * - an imported case's reference in the system it came from (`external_reference`, unique per panel; issue 12).
 * Closed dates of existing CLOSED cases are back-filled from their last update (London date).
 */
export class ReferralFactsAndOutcomes1764800100000 implements MigrationInterface {
  name = 'ReferralFactsAndOutcomes1764800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_record
        ADD COLUMN incident_date date,
        ADD COLUMN victim_aware boolean,
        ADD COLUMN victim_not_aware_reason text,
        ADD COLUMN consent_given boolean,
        ADD COLUMN shared_without_consent_reason text,
        ADD COLUMN victim_views text,
        ADD COLUMN previous_marac_area text,
        ADD COLUMN previous_marac_referral_date date,
        ADD COLUMN previous_marac_reference text,
        ADD COLUMN closed_on date,
        ADD COLUMN idva_engagement text,
        ADD COLUMN outcome_risk_at_closure text,
        ADD COLUMN outcome_safety_plan_in_place boolean,
        ADD COLUMN outcome_idva_engagement text,
        ADD COLUMN outcome_victim_informed boolean,
        ADD COLUMN outcome_recorded_at timestamptz,
        ADD COLUMN external_reference text;
      ALTER TABLE case_record
        ADD CONSTRAINT case_record_incident_date_check CHECK (incident_date IS NULL OR incident_date <= referral_date),
        ADD CONSTRAINT case_record_previous_marac_check
          CHECK ((previous_marac_area IS NULL) = (previous_marac_referral_date IS NULL)),
        ADD CONSTRAINT case_record_idva_engagement_check
          CHECK (idva_engagement IS NULL OR idva_engagement IN
                 ('NOT_YET_CONTACTED', 'ENGAGED', 'DECLINED', 'UNABLE_TO_CONTACT', 'NOT_OFFERED')),
        ADD CONSTRAINT case_record_outcome_check
          CHECK ((outcome_risk_at_closure IS NULL OR outcome_risk_at_closure IN ('REDUCED', 'SAME', 'INCREASED', 'NOT_KNOWN'))
                 AND (outcome_risk_at_closure IS NULL) = (outcome_safety_plan_in_place IS NULL)
                 AND (outcome_risk_at_closure IS NULL) = (outcome_recorded_at IS NULL)
                 AND (outcome_idva_engagement IS NULL OR outcome_idva_engagement IN
                      ('NOT_YET_CONTACTED', 'ENGAGED', 'DECLINED', 'UNABLE_TO_CONTACT', 'NOT_OFFERED')));
      CREATE UNIQUE INDEX case_record_external_reference_key
        ON case_record (panel_id, external_reference) WHERE external_reference IS NOT NULL;
      UPDATE case_record SET closed_on = (updated_at AT TIME ZONE 'Europe/London')::date WHERE status = 'CLOSED';

      ALTER TABLE case_person
        ADD COLUMN relationship_to_perpetrator text,
        ADD COLUMN school text;

      ALTER TABLE case_flag ADD COLUMN related_area text;

      ALTER TABLE meeting ADD COLUMN research_reminder_sent_at timestamptz;

      CREATE TABLE idva_contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_record(id),
        engagement text NOT NULL CHECK (engagement IN
          ('NOT_YET_CONTACTED', 'ENGAGED', 'DECLINED', 'UNABLE_TO_CONTACT', 'NOT_OFFERED')),
        note text,
        agency_id uuid NOT NULL REFERENCES agency(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX idva_contact_case_idx ON idva_contact (case_id, recorded_at);

      CREATE TABLE further_incident (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_record(id),
        incident_date date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('VIOLENCE_OR_THREATS', 'STALKING_OR_HARASSMENT', 'SEXUAL_ABUSE',
          'COERCIVE_CONTROL', 'BREACH_OF_ORDER', 'UNWANTED_CONTACT', 'OTHER')),
        note text,
        agency_id uuid NOT NULL REFERENCES agency(id),
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        repeat_case_id uuid REFERENCES case_record(id)
      );
      CREATE INDEX further_incident_case_idx ON further_incident (case_id, incident_date);
      CREATE INDEX further_incident_date_idx ON further_incident (incident_date);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE further_incident;
      DROP TABLE idva_contact;
      ALTER TABLE meeting DROP COLUMN research_reminder_sent_at;
      ALTER TABLE case_flag DROP COLUMN related_area;
      ALTER TABLE case_person DROP COLUMN school, DROP COLUMN relationship_to_perpetrator;
      DROP INDEX case_record_external_reference_key;
      ALTER TABLE case_record
        DROP CONSTRAINT case_record_outcome_check,
        DROP CONSTRAINT case_record_idva_engagement_check,
        DROP CONSTRAINT case_record_previous_marac_check,
        DROP CONSTRAINT case_record_incident_date_check,
        DROP COLUMN external_reference, DROP COLUMN outcome_recorded_at, DROP COLUMN outcome_victim_informed,
        DROP COLUMN outcome_idva_engagement, DROP COLUMN outcome_safety_plan_in_place,
        DROP COLUMN outcome_risk_at_closure, DROP COLUMN idva_engagement, DROP COLUMN closed_on,
        DROP COLUMN previous_marac_reference, DROP COLUMN previous_marac_referral_date, DROP COLUMN previous_marac_area,
        DROP COLUMN victim_views, DROP COLUMN shared_without_consent_reason, DROP COLUMN consent_given,
        DROP COLUMN victim_not_aware_reason, DROP COLUMN victim_aware, DROP COLUMN incident_date;
    `);
  }
}
