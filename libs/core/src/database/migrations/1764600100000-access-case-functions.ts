import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 1. Visibility facts that join several domains' tables, owned by the access library (ARCHITECTURE.md, "The data
 *    layer"): the cases library's SQL map of the CASL 'Case' conditions calls these instead of naming the meetings'
 *    and actions' tables. LANGUAGE sql STABLE with a single SELECT, so the planner inlines them into the calling query.
 * 2. case_person.reveals_person: whether viewers who see this case in detail may see the stored person through this
 *    entry (docs/cases-and-persons.md). True for the entry that created the person and for links made deliberately
 *    by panel staff who could see the person (existingPersonId, confirmPersonMatch); false for an entry that was
 *    matched to a known person by an NHS number or police national id the referrer typed: its viewers see what the
 *    referral submitted, unless they may see the person through another case. Existing rows: entries linked by id
 *    (no submitted identity) and each person's earliest entry reveal; the rest do not.
 */
export class AccessCaseFunctions1764600100000 implements MigrationInterface {
  name = 'AccessCaseFunctions1764600100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION access_case_published(p_case_id uuid) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT EXISTS (SELECT 1 FROM agenda_item ai JOIN meeting m ON m.id = ai.meeting_id
                          WHERE ai.case_id = p_case_id AND m.status IN ('AGENDA_PUBLISHED', 'CONCLUDED'))
        $$`);
    await q.query(`
      COMMENT ON FUNCTION access_case_published(uuid) IS
        'The case is on an agenda that was published (the meeting is AGENDA_PUBLISHED or CONCLUDED)'`);
    await q.query(`
      CREATE FUNCTION access_case_action_agency(p_case_id uuid, p_agency_id uuid) RETURNS boolean
        LANGUAGE sql STABLE PARALLEL SAFE AS $$
          SELECT EXISTS (SELECT 1 FROM action a WHERE a.case_id = p_case_id AND a.owner_agency_id = p_agency_id)
        $$`);
    await q.query(`
      COMMENT ON FUNCTION access_case_action_agency(uuid, uuid) IS 'The agency owns an action on the case'`);

    await q.query(`ALTER TABLE case_person ADD COLUMN reveals_person boolean NOT NULL DEFAULT false`);
    await q.query(`
      UPDATE case_person cp SET reveals_person = true
       WHERE cp.submitted IS NULL
          OR cp.id = (SELECT first.id FROM case_person first JOIN case_record c ON c.id = first.case_id
                       WHERE first.person_id = cp.person_id ORDER BY c.seq, first.position LIMIT 1)`);
    await q.query(
      `CREATE INDEX case_person_reveals_idx ON case_person (person_id, case_id) WHERE reveals_person`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX case_person_reveals_idx`);
    await q.query(`ALTER TABLE case_person DROP COLUMN reveals_person`);
    await q.query(`DROP FUNCTION access_case_action_agency(uuid, uuid)`);
    await q.query(`DROP FUNCTION access_case_published(uuid)`);
  }
}
