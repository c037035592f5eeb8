import { subject } from '@casl/ability';
import { defineAbilityFor } from '@marac/access';
import { PanelRole, type AuthUser, type RequestContext } from '@marac/core';

/**
 * Who receives an e-mail about a case is the same question as who may see that case: the recipients are chosen by
 * the CASL rules of libs/access/src/ability.factory.ts, evaluated for each candidate user on the case's rule facts,
 * never by role names or the restricted-case rule written into SQL.
 *
 * The facts and the candidates come from the libraries that own them (cases, identity), through the two ports below.
 * Those libraries depend on notifications (they write to the outbox), so notifications declares the ports and the
 * owners implement them (`libs/cases/src/notifications.port.ts`, `libs/identity/src/notifications.port.ts`).
 */

/** A user who might receive a message: the user as the rules see them, and where to write. */
export interface Candidate {
  user: AuthUser;
  email: string;
}

/**
 * What the Case rules look at, for one case, plus its reference (the only case data an e-mail carries).
 * `actionOwnerAgencyIds` is answered for the agencies asked about (the candidates' agencies), which is all the rules
 * need: a rule compares it with the candidate's own agency.
 */
export interface CaseFacts {
  id: string;
  reference: string;
  panelId: string;
  restricted: boolean;
  status: string;
  panelKind: string;
  referredById: string;
  allowedUserIds: string[];
  publishedToReps: boolean;
  actionOwnerAgencyIds: string[];
}

/** identity: active users by id, and the members of a panel (optionally of one agency), as AuthUser with e-mail. */
export interface RecipientDirectory {
  candidates(
    ctx: RequestContext,
    query: { userIds: string[]; panelId?: string; agencyId?: string },
  ): Promise<Candidate[]>;
}

/** cases: the rule facts of cases (read with ctx.system(): rule evaluation beyond the caller). */
export interface CaseFactsSource {
  facts(ctx: RequestContext, caseIds: string[], agencyIds: string[]): Promise<CaseFacts[]>;
}

export const RECIPIENT_DIRECTORY = 'notifications:RecipientDirectory';
export const CASE_FACTS_SOURCE = 'notifications:CaseFactsSource';

/** 'read': may see the case at all (a referrer's own referral included); 'readDetail': may see it in full. */
export type CaseLevel = 'read' | 'readDetail';

/** The CASL answer: may this candidate see the case (at that level)? */
export function maySee(candidate: Candidate, facts: CaseFacts, level: CaseLevel): boolean {
  const { reference: _reference, ...ruleFacts } = facts;
  return defineAbilityFor(candidate.user).can(level, subject('Case', { ...ruleFacts }));
}

/**
 * A panel rep of the panel (optionally of one agency): an AGENCY_REP membership and the user's agency sits on the
 * panel, the same definition the ability factory uses. It chooses the audience of a message; it is not an access rule.
 */
export function isPanelRep(user: AuthUser, panelId: string, agencyId?: string): boolean {
  if (agencyId && user.agencyId !== agencyId) return false;
  return user.memberships.some(
    (m) => m.panelId === panelId && m.role === PanelRole.AGENCY_REP && m.agencyIsMember,
  );
}
