import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which member agencies are expected to return research on a case (DOMAIN.md, "Research"; the access library's
 * cross-domain fact, used by the meetings library for `AgendaItem.outstandingResearch` and the research reminder):
 * every member agency of the case's panel, except that for a RESTRICTED case only an agency with a rep on the case's
 * allow-list counts (an active user of that agency who is an AGENCY_REP of the panel): "an agency whose reps may not
 * see a restricted case is never outstanding for it". Set-returning, LANGUAGE sql STABLE, one SELECT, so the planner
 * inlines it into the calling query like the other access_* functions (1764600100000).
 */
export class AccessResearchAgencies1764800500000 implements MigrationInterface {
  name = 'AccessResearchAgencies1764800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION access_case_research_agencies() RETURNS TABLE (case_id uuid, agency_id uuid)
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT c.id, pma.agency_id
            FROM case_record c JOIN panel_member_agency pma ON pma.panel_id = c.panel_id
           WHERE NOT c.restricted
              OR EXISTS (SELECT 1 FROM case_allowed_user cau
                           JOIN app_user u ON u.id = cau.user_id AND NOT u.disabled
                           JOIN panel_membership pm ON pm.user_id = u.id AND pm.panel_id = c.panel_id
                                                   AND pm.role = 'AGENCY_REP'
                          WHERE cau.case_id = c.id AND u.agency_id = pma.agency_id)
        $$`);
    await q.query(`
      COMMENT ON FUNCTION access_case_research_agencies() IS
        'The member agencies expected to return research on each case (for a restricted case: those with an allow-listed rep)'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION access_case_research_agencies()`);
  }
}
