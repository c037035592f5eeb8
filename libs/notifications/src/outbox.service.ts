import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, Db, RequestContext, type AppConfig } from '@marac/core';
import type { Message } from './messages.js';

/** Who receives a message: named users, and/or the panel reps of a panel (optionally of one agency only). */
export interface Recipients {
  userIds?: (string | null | undefined)[];
  panelReps?: { panelId: string; agencyId?: string };
  /** the case the message is about: when it is RESTRICTED, only its panel staff and allow-list receive it */
  caseId?: string;
}

/**
 * The transactional outbox: messages are written with the caller's EntityManager, in the same transaction as the
 * change that causes them, so a refused or failed change sends nothing and a committed one is never lost.
 */
@Injectable()
export class OutboxService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
  ) {}

  link(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }

  /** Enqueues one message per active recipient (deduplicated). Returns how many were queued. */
  async enqueue(
    emOrCtx: EntityManager | RequestContext,
    kind: string,
    message: Message,
    to: Recipients,
    dedupeKey?: string,
  ): Promise<number> {
    const em = emOrCtx instanceof RequestContext ? this.db.em(emOrCtx) : emOrCtx;
    const userIds = (to.userIds ?? []).filter((x): x is string => !!x);
    const rows = await em.query(
      `INSERT INTO outbox (kind, recipient, subject, body, dedupe_key)
       SELECT $1, r.email, $2, $3, CASE WHEN $4::text IS NULL THEN NULL ELSE $4::text || ':' || r.id END
         FROM (
           SELECT u.id, u.email FROM app_user u WHERE u.id = ANY($5::uuid[]) AND NOT u.disabled
           UNION
           SELECT u.id, u.email FROM panel_membership pm
             JOIN app_user u ON u.id = pm.user_id AND NOT u.disabled
             JOIN panel_member_agency pma ON pma.panel_id = pm.panel_id AND pma.agency_id = u.agency_id
            WHERE $6::uuid IS NOT NULL AND pm.panel_id = $6::uuid AND pm.role = 'AGENCY_REP'
              AND ($7::uuid IS NULL OR u.agency_id = $7::uuid)
         ) r
        WHERE $8::uuid IS NULL
           OR NOT EXISTS (SELECT 1 FROM case_record rc WHERE rc.id = $8::uuid AND rc.restricted)
           OR EXISTS (SELECT 1 FROM case_allowed_user cau WHERE cau.case_id = $8::uuid AND cau.user_id = r.id)
           OR EXISTS (SELECT 1 FROM case_record rc JOIN panel_membership sm ON sm.panel_id = rc.panel_id
                       WHERE rc.id = $8::uuid AND sm.user_id = r.id AND sm.role IN ('COORDINATOR', 'CHAIR'))
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
      [
        kind,
        message.subject,
        message.body,
        dedupeKey ?? null,
        userIds,
        to.panelReps?.panelId ?? null,
        to.panelReps?.agencyId ?? null,
        to.caseId ?? null,
      ],
    );
    return rows.length;
  }
}
