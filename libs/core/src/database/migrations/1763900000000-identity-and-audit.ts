import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, users, panels, memberships, sessions, login throttling, and the append-only hash-chained audit trail. */
export class IdentityAndAudit1763900000000 implements MigrationInterface {
  name = 'IdentityAndAudit1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX agency_name_key ON agency (lower(name));

      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        agency_id uuid NOT NULL REFERENCES agency(id),
        password_hash text NOT NULL,
        global_roles text[] NOT NULL DEFAULT '{}',
        disabled boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
      CREATE INDEX app_user_agency_idx ON app_user (agency_id);

      CREATE TABLE panel (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        name text NOT NULL,
        area text NOT NULL,
        area_code text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (kind, area_code)
      );
      CREATE UNIQUE INDEX panel_name_key ON panel (lower(name));

      CREATE TABLE panel_member_agency (
        panel_id uuid NOT NULL REFERENCES panel(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        PRIMARY KEY (panel_id, agency_id)
      );

      CREATE TABLE panel_membership (
        panel_id uuid NOT NULL REFERENCES panel(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (panel_id, user_id, role)
      );
      CREATE INDEX panel_membership_user_idx ON panel_membership (user_id);

      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      );
      CREATE INDEX auth_session_user_idx ON auth_session (user_id);

      CREATE TABLE login_throttle (
        email_key text PRIMARY KEY,
        failures int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE audit_event (
        id bigint PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        case_id uuid,
        request_id text,
        details jsonb,
        prev_hash text,
        hash text NOT NULL
      );
      CREATE SEQUENCE audit_event_id_seq OWNED BY audit_event.id;
      CREATE INDEX audit_event_case_idx ON audit_event (case_id, id);
      CREATE INDEX audit_event_actor_idx ON audit_event (actor_id, id);
      CREATE INDEX audit_event_at_idx ON audit_event (at);

      -- The content hash of one event, chained to the previous event's hash. Used by the insert trigger and by
      -- verification, so both compute exactly the same thing.
      CREATE FUNCTION audit_event_hash(prev text, e audit_event) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
        SELECT encode(sha256(convert_to(concat_ws('|',
          coalesce(prev, ''), e.id::text, ((extract(epoch FROM e.at) * 1000000)::bigint)::text,
          coalesce(e.actor_id::text, ''), e.action, e.entity_type, coalesce(e.entity_id, ''),
          coalesce(e.case_id::text, ''), coalesce(e.request_id, ''), coalesce(e.details::text, '')
        ), 'UTF8')), 'hex')
      $fn$;

      -- Inserts are serialised by a transaction-level advisory lock: the id and the chain follow commit order.
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

      CREATE FUNCTION audit_event_immutable() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $fn$;
      CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_immutable();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_immutable();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION audit_event_hash(text, audit_event);
      DROP TABLE audit_event;
      DROP FUNCTION audit_event_chain();
      DROP FUNCTION audit_event_immutable();
      DROP TABLE login_throttle;
      DROP TABLE auth_session;
      DROP TABLE panel_membership;
      DROP TABLE panel_member_agency;
      DROP TABLE panel;
      DROP TABLE app_user;
      DROP TABLE agency;
    `);
  }
}
