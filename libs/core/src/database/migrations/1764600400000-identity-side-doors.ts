import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 10, identity:
 * - invitations: a user created without a password has none until they set one with a one-time link, so
 *   `app_user.password_hash` may be null; the links' tokens are kept only as SHA-256 hashes in `password_token`
 *   (single use, 48 hours).
 * - sign-in throttling by (e-mail, client address) pair and an e-mail-wide back-off instead of a hard per-e-mail
 *   lock: `login_throttle` keeps one row per pair (`address` set) and one e-mail-wide row (`address` = '').
 *   The old hard locks are lifted.
 */
export class IdentitySideDoors1764600400000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;

      CREATE TABLE password_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        CHECK (expires_at > created_at)
      );
      CREATE INDEX password_token_user_idx ON password_token (user_id);

      ALTER TABLE login_throttle ADD COLUMN address text NOT NULL DEFAULT '';
      ALTER TABLE login_throttle ADD COLUMN last_success_at timestamptz;
      ALTER TABLE login_throttle DROP CONSTRAINT login_throttle_pkey;
      ALTER TABLE login_throttle ADD PRIMARY KEY (email_key, address);
      UPDATE login_throttle SET locked_until = NULL;
      COMMENT ON TABLE login_throttle IS
        'Sign-in failures. address <> '''': one (e-mail, client address) pair, locked_until = hard lock of that pair, last_success_at = the account signed in from there. address = '''': the e-mail across all addresses, locked_until = end of its back-off.';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    // users still waiting for an invitation get a hash of a random password nobody knows (the old schema needs one)
    await q.query(`
      DELETE FROM login_throttle WHERE address <> '';
      ALTER TABLE login_throttle DROP CONSTRAINT login_throttle_pkey;
      ALTER TABLE login_throttle DROP COLUMN last_success_at;
      ALTER TABLE login_throttle DROP COLUMN address;
      ALTER TABLE login_throttle ADD PRIMARY KEY (email_key);
      COMMENT ON TABLE login_throttle IS NULL;

      DROP TABLE password_token;

      UPDATE app_user SET password_hash = '$argon2id$v=19$m=65536,p=4,t=3$URFMCUxsl4UIvh5hW6kGAg$VBmX71zhJm568dUo16okFm3yL9By1KJsG6FgCNyHzrs'
       WHERE password_hash IS NULL;
      ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL;
    `);
  }
}
