import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, point 9: an action says whom it protects or addresses (SafeLives principle 6: the plan visibly covers the
 * victim, the children and the perpetrator). `action.category` is one of the ActionCategory values; actions agreed
 * before this migration, and new ones created without a category, are OTHER.
 */
export class ActionCategory1764700300000 implements MigrationInterface {
  name = 'ActionCategory1764700300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE action
        ADD COLUMN category text NOT NULL DEFAULT 'OTHER'
          CONSTRAINT action_category_check
          CHECK (category IN ('VICTIM_SAFETY', 'CHILDREN', 'ADULT_AT_RISK', 'PERPETRATOR', 'OTHER'));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE action DROP COLUMN category');
  }
}
