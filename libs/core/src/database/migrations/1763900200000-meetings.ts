import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Meetings, their agendas (one item per listed case), research per agency, attendance per agency. */
export class Meetings1763900200000 implements MigrationInterface {
  name = 'Meetings1763900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        panel_id uuid NOT NULL REFERENCES panel(id),
        starts_at timestamptz NOT NULL,
        location text,
        capacity int CHECK (capacity BETWEEN 1 AND 100),
        status text NOT NULL DEFAULT 'SCHEDULED',
        published_at timestamptz,
        concluded_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX meeting_panel_idx ON meeting (panel_id, starts_at);

      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id),
        case_id uuid NOT NULL REFERENCES case_record(id),
        position int NOT NULL CHECK (position >= 1),
        status_before_listing text NOT NULL,
        minutes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (meeting_id, case_id),
        CONSTRAINT agenda_item_position_key UNIQUE (meeting_id, position) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE INDEX agenda_item_case_idx ON agenda_item (case_id);

      CREATE TABLE research (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id),
        summary text NOT NULL DEFAULT '',
        no_information_held boolean NOT NULL DEFAULT false,
        submitted_by uuid NOT NULL REFERENCES app_user(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (agenda_item_id, agency_id)
      );

      CREATE TABLE attendance (
        meeting_id uuid NOT NULL REFERENCES meeting(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        status text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, agency_id)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attendance; DROP TABLE research; DROP TABLE agenda_item; DROP TABLE meeting;`);
  }
}
