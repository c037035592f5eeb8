import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, the import of historic cases: each imported case keeps the digest (SHA-256) of the row it came from, so
 * that re-importing the same file adds nothing and a file that changes an imported row is refused naming that row
 * (the case itself may have been corrected through the API since: the digest is of the file's row, not of the case).
 */
export class ImportDigest1764800700000 implements MigrationInterface {
  name = 'ImportDigest1764800700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_record ADD COLUMN import_digest text;
      ALTER TABLE case_record ADD CONSTRAINT case_record_import_digest_check
        CHECK (import_digest IS NULL OR external_reference IS NOT NULL);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_record DROP COLUMN import_digest;`);
  }
}
