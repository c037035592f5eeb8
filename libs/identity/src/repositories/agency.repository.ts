import { Injectable } from '@nestjs/common';
import { Db, type AgencyKind, type RequestContext } from '@marac/core';
import type { Agency } from '../entities/agency.entity.js';

const AGENCY_COLUMNS = 'a.id, a.name, a.kind, a.created_at AS "createdAt"';

/** The only code that writes SQL for agency. */
@Injectable()
export class AgencyRepository {
  constructor(private readonly db: Db) {}

  list(ctx: RequestContext): Promise<Agency[]> {
    return this.db.query<Agency>(ctx, `SELECT ${AGENCY_COLUMNS} FROM agency a ORDER BY a.name, a.id`);
  }

  byIds(ctx: RequestContext, ids: readonly string[]): Promise<Agency[]> {
    return this.db.query<Agency>(ctx, `SELECT ${AGENCY_COLUMNS} FROM agency a WHERE a.id = ANY($1::uuid[])`, [
      ids,
    ]);
  }

  /** How many of `ids` exist. */
  async countExisting(ctx: RequestContext, ids: readonly string[]): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(
      ctx,
      'SELECT count(*)::int AS n FROM agency WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return row.n;
  }

  async insert(ctx: RequestContext, name: string, kind: AgencyKind): Promise<Agency> {
    const [row] = await this.db.query<Agency>(
      ctx,
      `INSERT INTO agency AS a (name, kind) VALUES ($1, $2) RETURNING ${AGENCY_COLUMNS}`,
      [name, kind],
    );
    return row;
  }

  /** Inserts or finds (by name, in any case) an agency; its id. */
  async ensure(ctx: RequestContext, name: string, kind: AgencyKind): Promise<string> {
    const [row] = await this.db.query<{ id: string }>(
      ctx,
      `INSERT INTO agency (name, kind) VALUES ($1, $2)
       ON CONFLICT (lower(name)) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
      [name, kind],
    );
    return row.id;
  }
}
