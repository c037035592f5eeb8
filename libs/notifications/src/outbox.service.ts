import { Inject, Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, RequestContext, type AppConfig } from '@marac/core';
import type { Message } from './messages.js';
import { OutboxRepository } from './outbox.repository.js';
import {
  CASE_FACTS_SOURCE,
  isPanelRep,
  maySee,
  RECIPIENT_DIRECTORY,
  type Candidate,
  type CaseFacts,
  type CaseFactsSource,
  type CaseLevel,
  type RecipientDirectory,
} from './recipients.js';

/** Who a message is meant for: named users, and/or the panel reps of a panel (optionally of one agency only). */
export interface Audience {
  userIds?: (string | null | undefined)[];
  panelReps?: { panelId: string; agencyId?: string };
}

/** The audience, and the case the message is about: only those of the audience who may see that case receive it. */
export interface Recipients extends Audience {
  caseId?: string;
  /** what the audience must be allowed to see of the case: 'read' unless said (a referrer's own referral counts) */
  level?: CaseLevel;
}

/**
 * The transactional outbox: messages are written with the caller's transactional context, in the same transaction
 * as the change that causes them, so a refused or failed change sends nothing and a committed one is never lost.
 * Recipients come from the access rules (recipients.ts): a message about a case reaches only users who may see it.
 */
@Injectable()
export class OutboxService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly repo: OutboxRepository,
    private readonly modules: ModuleRef,
  ) {}

  link(path: string): string {
    return new URL(path, this.config.publicUrl).toString();
  }

  /** Enqueues one message per active recipient (deduplicated). Returns how many were queued. */
  async enqueue(
    txCtx: RequestContext,
    kind: string,
    message: Message,
    to: Recipients,
    dedupeKey?: string,
  ): Promise<number> {
    let recipients = await this.audience(txCtx, to);
    if (to.caseId && recipients.length) {
      const [facts] = await this.caseFacts(txCtx, [to.caseId], recipients);
      recipients = facts ? recipients.filter((r) => maySee(r, facts, to.level ?? 'read')) : [];
    }
    return this.enqueueFor(txCtx, kind, message, recipients, dedupeKey);
  }

  /**
   * Enqueues a message for recipients already chosen by the rules (`audience` + `caseFacts` + `maySee`), e.g. a
   * reminder whose content differs per recipient. Returns how many were queued.
   */
  enqueueFor(
    txCtx: RequestContext,
    kind: string,
    message: Message,
    recipients: Candidate[],
    dedupeKey?: string,
  ): Promise<number> {
    return this.repo.insert(
      txCtx,
      recipients.map((r) => ({
        kind,
        recipient: r.email,
        subject: message.subject,
        body: message.body,
        dedupeKey: dedupeKey ? `${dedupeKey}:${r.user.id}` : null,
      })),
    );
  }

  /** The active users an audience names, once each, as the rules see them (a system read of identity). */
  async audience(ctx: RequestContext, to: Audience): Promise<Candidate[]> {
    const userIds = [...new Set((to.userIds ?? []).filter((x): x is string => !!x))];
    const reps = to.panelReps;
    if (!userIds.length && !reps) return [];
    const found = await this.port<RecipientDirectory>(RECIPIENT_DIRECTORY).candidates(ctx.system(), {
      userIds,
      panelId: reps?.panelId,
      agencyId: reps?.agencyId,
    });
    return found.filter(
      (c) => userIds.includes(c.user.id) || (reps && isPanelRep(c.user, reps.panelId, reps.agencyId)),
    );
  }

  /** The rule facts of cases, for deciding which of `candidates` may see them (a system read of cases). */
  caseFacts(ctx: RequestContext, caseIds: string[], candidates: Candidate[]): Promise<CaseFacts[]> {
    const agencyIds = [...new Set(candidates.map((c) => c.user.agencyId))];
    return this.port<CaseFactsSource>(CASE_FACTS_SOURCE).facts(ctx.system(), caseIds, agencyIds);
  }

  /** The owners' implementations, found wherever they are registered (they depend on us, not we on them). */
  private port<T>(token: string): T {
    return this.modules.get<T>(token, { strict: false });
  }
}
