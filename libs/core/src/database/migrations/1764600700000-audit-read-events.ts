import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One read-audit event per request (issue 10, points 7 and 8): an event names every case and person whose personal
 * data the response carried, in `case_ids` and `person_ids` (`case_id` stays, as the first case id, for the events
 * and queries that name one case). A GIN index answers "every event naming this case" (`case_ids @> ARRAY[$1]`).
 *
 * The hash covers the new columns: `audit_event_hash` appends them to the hashed text only when they are not empty
 * (prefixed `c:` and `p:`, so the two lists cannot be confused), so every event written before this migration (both
 * columns empty) keeps exactly the hash it was chained with, and `npm run audit:verify` still walks the whole chain.
 * Events from before this migration keep `case_ids` empty (the table is append-only, and rewriting them would break
 * their hashes); the API reports their `case_id` as their `caseIds`, and the case filter looks at both.
 * The insert trigger (`audit_event_chain`) is not changed. `down` drops the lists and restores the old hash: every
 * event written with a list (a read, or a change naming a case) then fails verification. For development only.
 */
export class AuditReadEvents1764600700000 implements MigrationInterface {
  name = 'AuditReadEvents1764600700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE audit_event
        ADD COLUMN case_ids uuid[] NOT NULL DEFAULT '{}',
        ADD COLUMN person_ids uuid[] NOT NULL DEFAULT '{}';
      CREATE INDEX audit_event_case_ids_idx ON audit_event USING gin (case_ids);

      CREATE OR REPLACE FUNCTION audit_event_hash(prev text, e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT encode(sha256(convert_to(concat_ws('|',
          coalesce(prev, ''), e.id::text, ((extract(epoch FROM e.at) * 1000000)::bigint)::text,
          coalesce(e.actor_id::text, ''), e.action, e.entity_type, coalesce(e.entity_id, ''),
          coalesce(e.case_id::text, ''), coalesce(e.request_id, ''), coalesce(e.details::text, ''),
          -- NULL (left out by concat_ws) when empty: older events hash exactly as before
          nullif('c:' || array_to_string(e.case_ids, ','), 'c:'),
          nullif('p:' || array_to_string(e.person_ids, ','), 'p:')
        ), 'UTF8')), 'hex')
      $fn$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_event_hash(prev text, e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT encode(sha256(convert_to(concat_ws('|',
          coalesce(prev, ''), e.id::text, ((extract(epoch FROM e.at) * 1000000)::bigint)::text,
          coalesce(e.actor_id::text, ''), e.action, e.entity_type, coalesce(e.entity_id, ''),
          coalesce(e.case_id::text, ''), coalesce(e.request_id, ''), coalesce(e.details::text, '')
        ), 'UTF8')), 'hex')
      $fn$;
      DROP INDEX audit_event_case_ids_idx;
      ALTER TABLE audit_event DROP COLUMN case_ids, DROP COLUMN person_ids;
    `);
  }
}
