import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the strategic metrics' date and panel filters (libs/metrics/src/metrics.sql.ts). Already there:
 * case_record (panel_id, referral_date), action (panel_id, due_date), agenda_item (case_id), case_flag (case_id, kind).
 */
export class MetricsIndexes1763900400000 implements MigrationInterface {
  name = 'MetricsIndexes1763900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- the hearings of a panel in a period, and "was this case heard before?"
      CREATE INDEX meeting_concluded_idx ON meeting (panel_id, starts_at) WHERE status = 'CONCLUDED';
      -- MATAC: RFGV reviews recorded in a period
      CREATE INDEX risk_review_rfgv_date_idx ON risk_review (reviewed_on, case_id) WHERE rfgv_score IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX risk_review_rfgv_date_idx; DROP INDEX meeting_concluded_idx;`);
  }
}
