import { Global, Injectable, Module } from '@nestjs/common';
import { IMPORT_HEARINGS, type ImportedHearing, type ImportHearings } from '@marac/cases';
import { Db, type RequestContext } from '@marac/core';
import { MeetingStatus } from './meeting.enums.js';

/** Imported meetings start at this London time (a date is all the history has; metrics read the London date). */
export const IMPORTED_MEETING_TIME = '10:00';

/**
 * What the import of historic cases (libs/cases/src/import) asks of meetings, set-wise: each hearing date becomes a
 * CONCLUDED meeting of the panel (the panel's concluded meeting of that London date when there is one, so that a
 * second file adds to it), with one agenda item per case heard, so that the strategic metrics of the imported years
 * count them as panelMetrics counts meetings held through the API. A few statements whatever the number of dates.
 */
@Injectable()
export class MeetingsImportPort implements ImportHearings {
  constructor(private readonly db: Db) {}

  /** Returns the number of meetings created. */
  async recordHearings(
    txCtx: RequestContext,
    panelId: string,
    hearings: readonly ImportedHearing[],
  ): Promise<number> {
    if (!hearings.length) return 0;
    const dates = hearings.map((h) => h.date);
    const existing = await this.db.query<{ date: string; id: string }>(
      txCtx,
      `SELECT DISTINCT ON (x.d) x.d::text AS date, m.id
         FROM meeting m CROSS JOIN LATERAL (SELECT (m.starts_at AT TIME ZONE 'Europe/London')::date AS d) x
        WHERE m.panel_id = $1 AND m.status = $2 AND x.d = ANY($3::date[])
        ORDER BY x.d, m.starts_at, m.id`,
      [panelId, MeetingStatus.CONCLUDED, dates],
    );
    const have = new Map(existing.map((r) => [r.date, r.id]));
    const missing = dates.filter((d) => !have.has(d));
    if (missing.length) {
      const created = await this.db.query<{ date: string; id: string }>(
        txCtx,
        `INSERT INTO meeting (panel_id, starts_at, location, status, published_at, concluded_at)
         SELECT $1, x.t, 'Imported history', $2, x.t, x.t + interval '2 hours'
           FROM unnest($3::date[]) AS d
          CROSS JOIN LATERAL (SELECT (d + $4::time) AT TIME ZONE 'Europe/London' AS t) x
         RETURNING (starts_at AT TIME ZONE 'Europe/London')::date::text AS date, id`,
        [panelId, MeetingStatus.CONCLUDED, missing, IMPORTED_MEETING_TIME],
      );
      for (const r of created) have.set(r.date, r.id);
    }
    const meetingIds: string[] = [];
    const caseIds: string[] = [];
    for (const h of hearings) {
      for (const c of h.caseIds) {
        meetingIds.push(have.get(h.date)!);
        caseIds.push(c);
      }
    }
    // positions after the meeting's existing items, in the order given
    await this.db.query(
      txCtx,
      `INSERT INTO agenda_item (meeting_id, case_id, position, status_before_listing)
       SELECT v.m, v.c,
              coalesce((SELECT max(a.position) FROM agenda_item a WHERE a.meeting_id = v.m), 0)
                + row_number() OVER (PARTITION BY v.m ORDER BY v.o),
              'ACCEPTED'
         FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS v(m, c, o)`,
      [meetingIds, caseIds],
    );
    return missing.length;
  }
}

/** Provides the import's hearings writer (IMPORT_HEARINGS, asked for by libs/cases/src/import) app-wide. */
@Global()
@Module({
  providers: [MeetingsImportPort, { provide: IMPORT_HEARINGS, useExisting: MeetingsImportPort }],
  exports: [IMPORT_HEARINGS],
})
export class MeetingsImportModule {}
