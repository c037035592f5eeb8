import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Actions and their history, and the transactional outbox of e-mails. */
export class ActionsAndOutbox1763900300000 implements MigrationInterface {
  name = 'ActionsAndOutbox1763900300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES case_record(id),
        panel_id uuid NOT NULL REFERENCES panel(id),
        agenda_item_id uuid REFERENCES agenda_item(id) ON DELETE SET NULL,
        description text NOT NULL,
        owner_agency_id uuid NOT NULL REFERENCES agency(id),
        assignee_id uuid REFERENCES app_user(id),
        due_date date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN',
        version int NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz
      );
      CREATE INDEX action_case_idx ON action (case_id);
      CREATE INDEX action_owner_idx ON action (owner_agency_id, status);
      CREATE INDEX action_panel_due_idx ON action (panel_id, due_date);
      CREATE INDEX action_agenda_item_idx ON action (agenda_item_id);

      CREATE TABLE action_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id),
        status text NOT NULL,
        note text NOT NULL,
        by_user_id uuid NOT NULL REFERENCES app_user(id),
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX action_update_action_idx ON action_update (action_id, at);

      -- e-mails to send, written in the transaction of the change that causes them
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        dedupe_key text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        sent_at timestamptz,
        failed_at timestamptz
      );
      CREATE INDEX outbox_pending_idx ON outbox (available_at) WHERE sent_at IS NULL AND failed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox; DROP TABLE action_update; DROP TABLE action;`);
  }
}
