import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rate-limit counters shared by every API process (RateLimiter). */
export class RateLimit1763900600000 implements MigrationInterface {
  name = 'RateLimit1763900600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE rate_limit (
        key text PRIMARY KEY,
        hits int NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX rate_limit_expires_idx ON rate_limit (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit');
  }
}
