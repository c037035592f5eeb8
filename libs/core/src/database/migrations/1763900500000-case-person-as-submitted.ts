import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a referral said about each person, kept on the case: the identity fields as submitted (the referrer's view shows
 * these, never a matched person's stored record) and the contact details given with it (never written over a known
 * person's record by a referral).
 */
export class CasePersonAsSubmitted1763900500000 implements MigrationInterface {
  name = 'CasePersonAsSubmitted1763900500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_person ADD COLUMN submitted jsonb, ADD COLUMN contact jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_person DROP COLUMN submitted, DROP COLUMN contact`);
  }
}
