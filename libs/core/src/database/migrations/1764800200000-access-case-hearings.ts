import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hearings of each case, for the cases library's closure rule (closeCase: `closedOn` is never before the case's
 * last hearing, DOMAIN.md "Closure"). A fact that joins the meetings' tables, so it is the access library's SQL
 * function (like `access_published_case_ids()`), never those tables named from the cases library. A hearing is a
 * concluded meeting with an agenda item for the case, on the meeting's day (Europe/London): a panel entering its
 * history concludes past meetings today, and their cases may then be closed on past dates after those meetings.
 */
export class AccessCaseHearings1764800200000 implements MigrationInterface {
  name = 'AccessCaseHearings1764800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION access_case_hearings() RETURNS TABLE (case_id uuid, heard_on date)
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT ai.case_id, (m.starts_at AT TIME ZONE 'Europe/London')::date
            FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
           WHERE m.status = 'CONCLUDED'
        $$`);
    await q.query(`
      COMMENT ON FUNCTION access_case_hearings() IS
        'The hearings of each case: the day (Europe/London) of every concluded meeting with an agenda item for it'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION access_case_hearings()`);
  }
}
