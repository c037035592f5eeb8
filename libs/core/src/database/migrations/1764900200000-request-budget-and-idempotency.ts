import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-user request budget (counted by the statement that authenticates each request, libs/identity) and the
 * idempotency keys of createReferral, createAction and recordFurtherIncident (libs/core/src/idempotency).
 * - request_budget: one row per user, a fixed window and its count. UNLOGGED: counters need no WAL, and a crash that
 *   forgets them only gives everyone a fresh window. No foreign key: a counter row must not lock its user row.
 * - idempotency_key: scoped to the user who sent the key; written in the transaction of the mutation it answers, so
 *   it exists exactly when the mutation committed. Rows older than 24 hours are ignored, taken over and deleted.
 */
export class RequestBudgetAndIdempotency1764900200000 implements MigrationInterface {
  name = 'RequestBudgetAndIdempotency1764900200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE request_budget (
        user_id uuid PRIMARY KEY,
        window_start timestamptz NOT NULL,
        hits int NOT NULL
      ) WITH (fillfactor = 50);
      CREATE TABLE idempotency_key (
        user_id uuid NOT NULL REFERENCES app_user (id),
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        operation text NOT NULL,
        request_hash bytea NOT NULL,
        result_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, key)
      );
      CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotency_key; DROP TABLE request_budget');
  }
}
