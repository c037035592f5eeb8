import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A meeting lifecycle that forgives mistakes (issue 11): a meeting keeps its research deadline (`research_due_at`;
 * null on meetings from before this migration, which read as the default deadline of their start) and, once
 * cancelled, the reason and when. Two meetings of a panel at one instant are refused by the service under a per-panel
 * advisory lock (not by a unique index, so that existing duplicates do not stop the migration).
 */
export class MeetingLifecycle1764700200000 implements MigrationInterface {
  name = 'MeetingLifecycle1764700200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE meeting
        ADD COLUMN research_due_at timestamptz,
        ADD COLUMN cancellation_reason text,
        ADD COLUMN cancelled_at timestamptz;
      CREATE INDEX meeting_panel_starts_idx ON meeting (panel_id, starts_at) WHERE status <> 'CANCELLED';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX IF EXISTS meeting_panel_starts_idx;
      ALTER TABLE meeting DROP COLUMN cancelled_at, DROP COLUMN cancellation_reason, DROP COLUMN research_due_at;
    `);
  }
}
