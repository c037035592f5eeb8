import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail without a global lock (issue 15): appending no longer chains. The insert trigger only gives the
 * row the next id of the sequence (and clears any hash it was sent); a sealer chains the rows afterwards, in
 * batches, and records each batch in an append-only `audit_seal` row that is chained to the previous seal.
 *
 * The chain order is the order of sealing: seal by seal, and by id within a seal. A seal takes only rows its
 * statement can see, that is rows whose transaction has committed; a row whose transaction is still running (even
 * with a lower id, given out before it) is invisible, so it is left for a later seal and chained after every row
 * sealed before it. No late commit can be skipped (every unsealed row is taken by the next seal that sees it) or
 * reordered (a sealed row's place never changes). A rolled-back row never exists. Verification walks the same order:
 * `(coalesce(seal_id, 0), id)`.
 *
 * - `audit_event.seal_id` names the seal that chained the row; `hash` and `prev_hash` are NULL until then. The rows
 *   chained by the old trigger keep their hashes and `seal_id` NULL: the genesis seal (id 0) records how many there
 *   are and the hash of the last one, so the new chain continues theirs.
 * - UPDATE is refused except the one the sealer makes: setting `prev_hash`, `hash` and `seal_id` of an unsealed row
 *   and changing nothing else. DELETE and TRUNCATE stay refused. The API's role has no UPDATE on the table at all:
 *   sealing is done by `audit_seal_batch`, which runs with its owner's rights (SECURITY DEFINER).
 * - `audit_seal` is append-only (UPDATE, DELETE and TRUNCATE refused), and only its owner (the sealing function)
 *   may insert into it.
 * - `audit_seal_batch(n)` seals up to n rows in one statement and answers how many (NULL when another sealer holds
 *   the sealer's advisory lock 7426002; appenders never take any lock).
 *
 * `down` seals what is left, drops the seals and restores the locking trigger (for development only: a row that
 * was sealed after a row with a higher id then breaks the old id-order verification).
 */
export class AuditSealing1764900400000 implements MigrationInterface {
  name = 'AuditSealing1764900400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- the old appenders' lock: no insert chained by the old trigger runs while the trail changes hands
      SELECT pg_advisory_xact_lock(7426001);

      DROP TRIGGER audit_event_chain ON audit_event;
      DROP FUNCTION audit_event_chain();
      ALTER TABLE audit_event ALTER COLUMN hash DROP NOT NULL, ADD COLUMN seal_id bigint;
      -- the sealer's work list: only the rows not sealed yet
      CREATE INDEX audit_event_unsealed_idx ON audit_event (id) WHERE hash IS NULL;

      -- Appending: the next id (whatever the statement sent), no hash. No lock, no read of another row.
      CREATE FUNCTION audit_event_append() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.id := nextval('audit_event_id_seq');
        NEW.prev_hash := NULL;
        NEW.hash := NULL;
        NEW.seal_id := NULL;
        RETURN NEW;
      END $fn$;
      CREATE TRIGGER audit_event_append BEFORE INSERT ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append();

      -- UPDATE only to seal an unsealed row, changing nothing but its chain columns; DELETE never.
      CREATE FUNCTION audit_event_seal_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.hash IS NULL AND OLD.prev_hash IS NULL AND OLD.seal_id IS NULL
             AND NEW.hash IS NOT NULL AND NEW.seal_id IS NOT NULL
             AND to_jsonb(NEW) - 'hash' - 'prev_hash' - 'seal_id' = to_jsonb(OLD) - 'hash' - 'prev_hash' - 'seal_id'
          THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $fn$;
      DROP TRIGGER audit_event_no_update ON audit_event;
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_seal_only();

      CREATE TABLE audit_seal (
        id bigint PRIMARY KEY,
        at timestamptz NOT NULL,
        first_event_id bigint,
        last_event_id bigint,
        events int NOT NULL,
        -- the hash of the last event this seal chained: the chain head it reached
        head_hash text,
        prev_hash text,
        hash text NOT NULL
      );

      CREATE FUNCTION audit_seal_hash(prev text, s audit_seal) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT encode(sha256(convert_to(concat_ws('|',
          coalesce(prev, ''), s.id::text, ((extract(epoch FROM s.at) * 1000000)::bigint)::text,
          coalesce(s.first_event_id::text, ''), coalesce(s.last_event_id::text, ''), s.events::text,
          coalesce(s.head_hash, '')
        ), 'UTF8')), 'hex')
      $fn$;

      CREATE FUNCTION audit_seal_owner_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'USAGE') THEN
          RAISE EXCEPTION 'audit_seal is written by the sealer only' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $fn$;
      CREATE TRIGGER audit_seal_owner_only BEFORE INSERT ON audit_seal
        FOR EACH ROW EXECUTE FUNCTION audit_seal_owner_only();

      CREATE FUNCTION audit_seal_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'audit_seal is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $fn$;
      CREATE TRIGGER audit_seal_no_update BEFORE UPDATE OR DELETE ON audit_seal
        FOR EACH ROW EXECUTE FUNCTION audit_seal_immutable();
      CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
        FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_immutable();

      -- The genesis seal: the rows the old trigger chained, in id order.
      DO $do$
      DECLARE s audit_seal;
      BEGIN
        SELECT 0, now(), min(id), max(id), count(*)::int INTO s.id, s.at, s.first_event_id, s.last_event_id, s.events
          FROM audit_event;
        SELECT hash INTO s.head_hash FROM audit_event ORDER BY id DESC LIMIT 1;
        s.hash := audit_seal_hash(NULL, s);
        INSERT INTO audit_seal SELECT (s).*;
      END $do$;

      -- The sealer: one batch of up to max_events rows, in one statement (its own transaction when called alone).
      CREATE FUNCTION audit_seal_batch(max_events int) RETURNS int
        LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $fn$
      DECLARE
        prev_seal audit_seal;
        s audit_seal;
        e audit_event;
        h text;
        n int := 0;
        changed int;
        ids bigint[] := '{}';
        prevs text[] := '{}';
        hashes text[] := '{}';
      BEGIN
        IF NOT pg_try_advisory_xact_lock(7426002) THEN
          RETURN NULL; -- another sealer is at work
        END IF;
        SELECT * INTO prev_seal FROM audit_seal ORDER BY id DESC LIMIT 1;
        h := prev_seal.head_hash;
        -- the rows this statement sees: committed ones only (a running transaction's rows are invisible)
        FOR e IN SELECT * FROM audit_event WHERE hash IS NULL ORDER BY id LIMIT max_events LOOP
          n := n + 1;
          ids[n] := e.id;
          prevs[n] := h;
          h := audit_event_hash(h, e);
          hashes[n] := h;
        END LOOP;
        IF n = 0 THEN
          RETURN 0;
        END IF;
        s.id := prev_seal.id + 1;
        s.at := clock_timestamp();
        s.first_event_id := ids[1];
        s.last_event_id := ids[n];
        s.events := n;
        s.head_hash := h;
        s.prev_hash := prev_seal.hash;
        s.hash := audit_seal_hash(s.prev_hash, s);
        INSERT INTO audit_seal SELECT (s).*;
        UPDATE audit_event a SET prev_hash = u.prev, hash = u.hash, seal_id = s.id
          FROM unnest(ids, prevs, hashes) AS u(id, prev, hash)
         WHERE a.id = u.id AND a.hash IS NULL;
        GET DIAGNOSTICS changed = ROW_COUNT;
        IF changed <> n THEN
          RAISE EXCEPTION 'audit sealer: % of % events could not be sealed', n - changed, n;
        END IF;
        RETURN n;
      END $fn$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $do$ BEGIN
        WHILE coalesce(audit_seal_batch(10000), 1) > 0 LOOP END LOOP;
      END $do$;
      DROP FUNCTION audit_seal_batch(int);
      DROP FUNCTION audit_seal_hash(text, audit_seal);
      DROP TABLE audit_seal;
      DROP FUNCTION audit_seal_owner_only();
      DROP FUNCTION audit_seal_immutable();
      DROP TRIGGER audit_event_no_update ON audit_event;
      DROP FUNCTION audit_event_seal_only();
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
      DROP TRIGGER audit_event_append ON audit_event;
      DROP FUNCTION audit_event_append();
      DROP INDEX audit_event_unsealed_idx;
      ALTER TABLE audit_event DROP COLUMN seal_id, ALTER COLUMN hash SET NOT NULL;
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
      DECLARE prev text;
      BEGIN
        PERFORM pg_advisory_xact_lock(7426001);
        SELECT hash INTO prev FROM audit_event ORDER BY id DESC LIMIT 1;
        NEW.id := nextval('audit_event_id_seq');
        NEW.prev_hash := prev;
        NEW.hash := audit_event_hash(prev, NEW);
        RETURN NEW;
      END $fn$;
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
    `);
  }
}
