import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Persons, cases (referrals), the people on them, allow-lists, computed flags, risk reviews, reference counters. */
export class Cases1763900100000 implements MigrationInterface {
  name = 'Cases1763900100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE TABLE person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        given_name text NOT NULL,
        family_name text NOT NULL,
        date_of_birth date,
        gender text,
        ethnicity text,
        is_bame boolean,
        disabled boolean,
        lgbt boolean,
        police_national_id text,
        nhs_number text,
        address text,
        phone text,
        safe_contact_notes text,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX person_pnc_key ON person (upper(police_national_id)) WHERE police_national_id IS NOT NULL;
      CREATE UNIQUE INDEX person_nhs_key ON person (nhs_number) WHERE nhs_number IS NOT NULL;
      CREATE INDEX person_name_trgm ON person USING gin ((given_name || ' ' || family_name) gin_trgm_ops);
      CREATE INDEX person_dob_idx ON person (date_of_birth);

      CREATE TABLE case_reference_counter (
        panel_id uuid NOT NULL REFERENCES panel(id),
        year int NOT NULL,
        last int NOT NULL,
        PRIMARY KEY (panel_id, year)
      );

      CREATE TABLE case_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigserial NOT NULL UNIQUE,
        reference text NOT NULL UNIQUE,
        panel_id uuid NOT NULL REFERENCES panel(id),
        panel_kind text NOT NULL,
        status text NOT NULL,
        status_before_listing text,
        referring_agency_id uuid NOT NULL REFERENCES agency(id),
        referred_by uuid NOT NULL REFERENCES app_user(id),
        referral_date date NOT NULL,
        criteria text[] NOT NULL DEFAULT '{}',
        dash_answers text[],
        dash_score int,
        rfgv_score int,
        risk_summary text,
        children_in_household int NOT NULL DEFAULT 0,
        lawful_basis text NOT NULL,
        restricted boolean NOT NULL DEFAULT false,
        triage_reason text,
        closure_reason text,
        is_repeat boolean NOT NULL DEFAULT false,
        previous_case_id uuid REFERENCES case_record(id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX case_record_panel_idx ON case_record (panel_id, seq);
      CREATE INDEX case_record_referred_by_idx ON case_record (referred_by);
      CREATE INDEX case_record_date_idx ON case_record (panel_id, referral_date);

      -- everyone on a case: the subject (is_subject) and the linked persons
      CREATE TABLE case_person (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_record(id),
        person_id uuid NOT NULL REFERENCES person(id),
        role text NOT NULL,
        is_subject boolean NOT NULL DEFAULT false,
        relationship_to_subject text,
        position int NOT NULL
      );
      CREATE INDEX case_person_case_idx ON case_person (case_id, position);
      CREATE INDEX case_person_person_idx ON case_person (person_id);
      CREATE UNIQUE INDEX case_person_one_subject ON case_person (case_id) WHERE is_subject;

      CREATE TABLE case_allowed_user (
        case_id uuid NOT NULL REFERENCES case_record(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        PRIMARY KEY (case_id, user_id)
      );

      CREATE TABLE case_flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_record(id),
        kind text NOT NULL,
        related_case_id uuid REFERENCES case_record(id),
        explanation text NOT NULL,
        raised_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX case_flag_key
        ON case_flag (case_id, kind, coalesce(related_case_id, '00000000-0000-0000-0000-000000000000'::uuid));
      CREATE INDEX case_flag_case_idx ON case_flag (case_id);

      CREATE TABLE risk_review (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_record(id),
        reviewed_on date NOT NULL,
        rfgv_score int,
        dash_answers text[],
        dash_score int,
        note text,
        recorded_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX risk_review_case_idx ON risk_review (case_id, reviewed_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE risk_review;
      DROP TABLE case_flag;
      DROP TABLE case_allowed_user;
      DROP TABLE case_person;
      DROP TABLE case_record;
      DROP TABLE case_reference_counter;
      DROP TABLE person;
    `);
  }
}
