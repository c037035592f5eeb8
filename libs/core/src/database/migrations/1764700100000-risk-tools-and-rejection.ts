import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 11, cases:
 * - risk tools: a referral names its tool (DASH, DARA, OTHER, NONE) and, for DARA and OTHER, the tool's grade
 *   (STANDARD, MEDIUM, HIGH). Existing cases with DASH answers become DASH, the others NONE.
 * - triage: a rejection gives a reason code (`rejection_reason`). Rejections made before this have none.
 * - a risk review may record the grade of a graded tool (`risk_review.risk_grade`), not with DASH answers.
 */
export class RiskToolsAndRejection1764700100000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE case_record ADD COLUMN risk_tool text;
      ALTER TABLE case_record ADD COLUMN risk_grade text;
      ALTER TABLE case_record ADD COLUMN rejection_reason text;
      UPDATE case_record SET risk_tool = CASE WHEN dash_answers IS NOT NULL THEN 'DASH' ELSE 'NONE' END;
      ALTER TABLE case_record ADD CONSTRAINT case_record_risk_tool_check
        CHECK (risk_tool IN ('DASH', 'DARA', 'OTHER', 'NONE'));
      ALTER TABLE case_record ADD CONSTRAINT case_record_risk_grade_check
        CHECK (risk_grade IS NULL OR (risk_grade IN ('STANDARD', 'MEDIUM', 'HIGH') AND risk_tool IN ('DARA', 'OTHER')));
      ALTER TABLE case_record ADD CONSTRAINT case_record_rejection_reason_check
        CHECK (rejection_reason IS NULL
               OR (rejection_reason IN ('THRESHOLD_NOT_MET', 'NOT_DOMESTIC_ABUSE', 'DUPLICATE', 'OUT_OF_AREA',
                                        'NOT_ELIGIBLE', 'OTHER')
                   AND status = 'REJECTED'));
      ALTER TABLE risk_review ADD COLUMN risk_grade text;
      ALTER TABLE risk_review ADD CONSTRAINT risk_review_risk_grade_check
        CHECK (risk_grade IS NULL OR (risk_grade IN ('STANDARD', 'MEDIUM', 'HIGH') AND dash_answers IS NULL));
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE risk_review DROP COLUMN risk_grade;
      ALTER TABLE case_record DROP COLUMN rejection_reason;
      ALTER TABLE case_record DROP COLUMN risk_grade;
      ALTER TABLE case_record DROP COLUMN risk_tool;
    `);
  }
}
