import { Injectable } from '@nestjs/common';
import { Db, type RequestContext } from '@marac/core';
import type { Candidate, RecipientDirectory } from '@marac/notifications';

/**
 * For notifications (libs/notifications/src/recipients.ts): the active users a message may go to, as the access rules
 * see them (every membership, with "the user's agency sits on that panel"), with their e-mail address. A system read
 * (the caller passes ctx.system()): the answer only ever becomes outbox rows, never a response.
 */
@Injectable()
export class IdentityNotificationsPort implements RecipientDirectory {
  constructor(private readonly db: Db) {}

  /** Active users by id, and the active members of a panel (of one agency when given). */
  async candidates(
    ctx: RequestContext,
    query: { userIds: string[]; panelId?: string; agencyId?: string },
  ): Promise<Candidate[]> {
    const rows = await this.db.query<Candidate['user'] & { email: string }>(
      ctx,
      `SELECT u.id, u.email, u.agency_id AS "agencyId", a.kind AS "agencyKind", u.global_roles AS "globalRoles",
              coalesce(json_agg(json_build_object('panelId', m.panel_id, 'role', m.role,
                                                  'agencyIsMember', pma.agency_id IS NOT NULL))
                       FILTER (WHERE m.panel_id IS NOT NULL), '[]') AS memberships
         FROM app_user u JOIN agency a ON a.id = u.agency_id
         LEFT JOIN panel_membership m ON m.user_id = u.id
         LEFT JOIN panel_member_agency pma ON pma.panel_id = m.panel_id AND pma.agency_id = u.agency_id
        WHERE NOT u.disabled
          AND (u.id = ANY($1::uuid[])
               OR ($2::uuid IS NOT NULL AND ($3::uuid IS NULL OR u.agency_id = $3::uuid)
                   AND EXISTS (SELECT 1 FROM panel_membership pm WHERE pm.user_id = u.id AND pm.panel_id = $2::uuid)))
        GROUP BY u.id, a.kind
        ORDER BY u.id`,
      [query.userIds, query.panelId ?? null, query.agencyId ?? null],
    );
    return rows.map(({ email, ...user }) => ({ email, user: { ...user, sessionId: null } }));
  }
}
