import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { byKeys, DomainError, type RequestContext } from '@marac/core';
import { CaseRepository, type CasePersonRow, type NewEntry } from './case.repository.js';
import type { PersonSearchInput } from './dto/case.inputs.js';
import type { CaseModel } from './models/case.model.js';
import type {
  ContactDetails,
  LinkedPersonModel,
  PersonMatchModel,
  PersonModel,
} from './models/person.model.js';
import { normaliseNhsNumber } from './nhs-number.js';
import { PersonRepository, type StoredPerson } from './person.repository.js';
import { isBlank, type CheckedPerson, type SubmittedIdentity } from './referral-rules.js';

/** A person of a referral, resolved: the entry to write on the new case (role and relationship aside). */
export type ResolvedPerson = Omit<NewEntry, 'role' | 'relationship' | 'relationshipToPerpetrator' | 'school'>;

const EMPTY_CONTACT: ContactDetails = {
  address: null,
  phone: null,
  safeContactNotes: null,
  safeToCall: null,
};
const EMPTY_IDENTITY: SubmittedIdentity = {
  givenName: null,
  familyName: null,
  dateOfBirth: null,
  gender: null,
  ethnicity: null,
  isBame: null,
  disabled: null,
  lgbt: null,
  policeNationalId: null,
  nhsNumber: null,
};

const SEARCH_LIMIT = 20;
const NAME_THRESHOLD = 0.3;

/**
 * Persons: identity resolution at referral (a known police national id or NHS number is that person; otherwise a new
 * person; never an automatic merge), how a person on a case is shown to each viewer, and the coordinators' search.
 */
@Injectable()
export class PersonService {
  constructor(
    private readonly persons: PersonRepository,
    private readonly cases: CaseRepository,
    private readonly audit: AuditService,
  ) {}

  /**
   * The persons of a referral whose whole input has been checked (referral-rules.ts), in order. Known persons linked by
   * id first (only persons the caller may see: NO such person otherwise), then the identifiers, so that no answer
   * depends on whether an identifier is known. A referral never changes a known person's record.
   */
  async resolveAll(txCtx: RequestContext, people: CheckedPerson[]): Promise<ResolvedPerson[]> {
    const linked = people.flatMap((p) => (p.existingPersonId ? [p.existingPersonId] : []));
    const seen = new Set((await this.persons.visibleByIds(txCtx, linked)).map((p) => p.id));
    for (const p of people) {
      if (p.existingPersonId && !seen.has(p.existingPersonId))
        throw DomainError.badInput(`${p.field}.existingPersonId`, 'no such person');
    }
    const out: ResolvedPerson[] = [];
    for (const p of people) {
      if (p.existingPersonId) {
        // a deliberate link by panel staff who may see the person: this case's viewers see them too
        out.push({ personId: p.existingPersonId, submitted: null, contact: p.contact, revealsPerson: true });
        continue;
      }
      const { policeNationalId: pnc, nhsNumber: nhs } = p.submitted;
      // a known identifier is that person; the NHS number wins if the two identifiers point at different people
      // (the conflict is audited for coordinators to resolve, and the answer does not tell the caller about it)
      const found = await this.persons.byIdentifiers(txCtx.system(), pnc, nhs);
      if (found.length > 1) {
        await this.audit.record(txCtx, {
          action: 'person.identifier_conflict',
          entityType: 'Person',
          entityId: found[0].id,
          details: { otherPersonId: found[1].id },
        });
      }
      if (found[0]) {
        // matched by what the caller typed: the stored person stays with the cases that hold them (this entry does
        // not reveal them; the case shows what was submitted to whoever may not see the person elsewhere)
        out.push({ personId: found[0].id, submitted: p.submitted, contact: p.contact, revealsPerson: false });
        continue;
      }
      const id = await this.persons.insert(txCtx, p.submitted, p.contact);
      await this.audit.record(txCtx, { action: 'person.create', entityType: 'Person', entityId: id });
      out.push({ personId: id, submitted: p.submitted, contact: p.contact, revealsPerson: true });
    }
    return out;
  }

  /** The subject of a case, as the caller may see it. */
  async subjectOf(ctx: RequestContext, c: CaseModel): Promise<PersonModel> {
    const [subject] = (await this.entriesOf(ctx, c.id)).filter((p) => p.isSubject);
    return this.asSeen(ctx, c, subject);
  }

  /**
   * The linked persons of a case, in the order given at referral, as the caller may see them. A child's school follows
   * the contact-details rule (panel staff, POLICE and IDVA users who see the case; never the referrer's narrow view).
   */
  async linkedOf(ctx: RequestContext, c: CaseModel): Promise<LinkedPersonModel[]> {
    const links = (await this.entriesOf(ctx, c.id)).filter((p) => !p.isSubject);
    const contactVisible = c.view.detail && c.view.contact;
    return Promise.all(
      links.map(async (l) => ({
        person: await this.asSeen(ctx, c, l),
        role: l.role,
        relationshipToSubject: l.relationshipToSubject,
        relationshipToPerpetrator: l.relationshipToPerpetrator,
        school: contactVisible ? l.school : null,
      })),
    );
  }

  /**
   * A person on a case as the caller may see them. The stored person (under their id) only to a viewer who sees the
   * case in detail AND may see the person (PersonRepository: through a case that reveals them); anyone else sees
   * exactly what this referral submitted, under the id of this case's entry (never the person's id, which would tell
   * them that two identifiers belong to one known person). Contact details: those given with this case only, when
   * the case's view allows them (CASL 'readContact'); never in the referrer's narrow view.
   */
  private async asSeen(ctx: RequestContext, c: CaseModel, e: CasePersonRow): Promise<PersonModel> {
    const contactDetails = c.view.detail ? { ...EMPTY_CONTACT, ...e.contact } : EMPTY_CONTACT;
    const contactVisible = c.view.detail && c.view.contact;
    const stored = c.view.detail ? await this.persons.visible(ctx, e.personId) : null;
    if (stored) return { ...stored, contactDetails, contactVisible };
    const { givenName, familyName, ...rest } = e.submitted ?? EMPTY_IDENTITY;
    return {
      id: e.entryId,
      ...rest,
      givenName: givenName ?? '',
      familyName: familyName ?? '',
      contactDetails,
      contactVisible,
    };
  }

  private entriesOf(ctx: RequestContext, caseId: string): Promise<CasePersonRow[]> {
    return this.entriesLoader(ctx).load(caseId);
  }

  /**
   * Puts what a list read carried into the request's loaders: the case's entries and, when the caller sees the case
   * in detail, its stored persons the caller may see (null for the others: not visible).
   */
  primeCase(
    ctx: RequestContext,
    c: CaseModel,
    entries: CasePersonRow[],
    visible: StoredPerson[] | null,
  ): void {
    this.entriesLoader(ctx).prime(c.id, entries);
    if (!visible) return;
    const byId = new Map(visible.map((p) => [p.id, p]));
    for (const e of entries) this.persons.primeVisible(ctx, e.personId, byId.get(e.personId) ?? null);
  }

  private entriesLoader(ctx: RequestContext) {
    return ctx.loader<string, CasePersonRow[]>('case.people', async (ids) =>
      byKeys(ids, await this.cases.entries(ctx, ids), (l) => l.caseId),
    );
  }

  /**
   * Candidates by fuzzy name (pg_trgm), date of birth and identifiers, with a score and reasons. Identity fields only
   * (no contact), and only persons the caller may see (PersonRepository). The read audit names the persons returned,
   * never the search terms.
   */
  async search(ctx: RequestContext, input: PersonSearchInput): Promise<PersonMatchModel[]> {
    const name = isBlank(input.name) ? null : input.name!.trim();
    const nhs = input.nhsNumber ? normaliseNhsNumber(input.nhsNumber) : null;
    const pnc = isBlank(input.policeNationalId) ? null : input.policeNationalId!.trim().toUpperCase();
    const dob = input.dateOfBirth ?? null;
    if (!name && !nhs && !pnc && !dob)
      throw DomainError.badInput('input', 'give a name, a date of birth or an identifier');
    if (name && name.length < 2) throw DomainError.badInput('input.name', 'needs at least two characters');

    const rows = await this.persons.search(ctx, {
      name,
      dateOfBirth: dob,
      policeNationalId: pnc,
      nhsNumber: nhs,
      nameThreshold: NAME_THRESHOLD,
      limit: SEARCH_LIMIT,
    });
    // the ids returned, never the search terms
    ctx.noteRead(
      'person',
      rows.map((r) => r.id),
    );
    await this.audit.recordRead(ctx, {
      action: 'person.search',
      entityType: 'Person',
      details: { results: rows.length },
    });
    return rows.map(({ nameScore, dobMatch, pncMatch, nhsMatch, ...person }) => {
      const reasons: string[] = [];
      if (pncMatch) reasons.push('police national id matches');
      if (nhsMatch) reasons.push('NHS number matches');
      if (nameScore >= NAME_THRESHOLD) reasons.push(`name similar (${Number(nameScore).toFixed(2)})`);
      if (dobMatch) reasons.push('date of birth matches');
      const score =
        pncMatch || nhsMatch ? 1 : Math.round((Number(nameScore) * 0.7 + (dobMatch ? 0.3 : 0)) * 100) / 100;
      return { person: { ...person, contactDetails: EMPTY_CONTACT, contactVisible: false }, score, reasons };
    });
  }
}
