import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 1. Visibility facts that join several domains' tables, owned by the access library (ARCHITECTURE.md, "The data
 *    layer"): the cases library's SQL map of the CASL 'Case' conditions calls these instead of naming the meetings'
 *    and actions' tables. Set-returning, LANGUAGE sql STABLE, one SELECT, not STRICT: used in FROM (inside an EXISTS),
 *    the planner inlines them into the calling query (the same plan as the tables named by hand: hashed subplans).
 *    A scalar `RETURNS boolean` function wrapping an EXISTS is NOT inlined (a sub-select in its body prevents it) and
 *    measured 15-40 times slower on the cases list (one function call per row).
 * 2. case_person.reveals_person: whether viewers who see this case in detail may see the stored person through this
 *    entry (docs/cases-and-persons.md). True for the entry that created the person and for links made deliberately
 *    by panel staff who could see the person (existingPersonId, confirmPersonMatch); false for an entry that was
 *    matched to a known person by an NHS number or police national id the referrer typed: its viewers see what the
 *    referral submitted, unless they may see the person through another case. Existing rows: entries linked by id
 *    (no submitted identity) and each person's earliest entry reveal; the rest do not.
 * 3. case_person.matched_from: the person a confirmed match replaced on the entry, when the entry revealed them, so
 *    that the match can be undone by staff who see the case (the replaced person is visible through this case only).
 */
export class AccessCaseFunctions1764600100000 implements MigrationInterface {
  name = 'AccessCaseFunctions1764600100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION access_published_case_ids() RETURNS TABLE (case_id uuid)
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT ai.case_id FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
           WHERE m.status IN ('AGENDA_PUBLISHED', 'CONCLUDED')
        $$`);
    await q.query(`
      COMMENT ON FUNCTION access_published_case_ids() IS
        'Cases on an agenda that was published (the meeting is AGENDA_PUBLISHED or CONCLUDED)'`);
    await q.query(`
      CREATE FUNCTION access_case_action_owners() RETURNS TABLE (case_id uuid, agency_id uuid)
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT a.case_id, a.owner_agency_id FROM action a
        $$`);
    await q.query(`
      COMMENT ON FUNCTION access_case_action_owners() IS 'Which agencies own an action on which case'`);

    await q.query(`ALTER TABLE case_person ADD COLUMN reveals_person boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE case_person cp SET reveals_person = true
       WHERE cp.submitted IS NULL
          OR cp.id = (SELECT first.id FROM case_person first JOIN case_record c ON c.id = first.case_id
                       WHERE first.person_id = cp.person_id ORDER BY c.seq, first.position LIMIT 1)`);
    await q.query(
      `CREATE INDEX case_person_reveals_idx ON case_person (person_id, case_id) WHERE reveals_person`,
    );
    // the person a confirmed match replaced on this entry (when the entry revealed them), so that the staff who may
    // see this case can undo the match; that person is then held by this case alone
    await q.query(`ALTER TABLE case_person ADD COLUMN matched_from uuid REFERENCES person (id)`);
    await q.query(
      `CREATE INDEX case_person_matched_from_idx ON case_person (matched_from) WHERE matched_from IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_person DROP COLUMN matched_from`);
    await q.query(`DROP INDEX case_person_reveals_idx`);
    await q.query(`ALTER TABLE case_person DROP COLUMN reveals_person`);
    await q.query(`DROP FUNCTION access_case_action_owners()`);
    await q.query(`DROP FUNCTION access_published_case_ids()`);
  }
}
