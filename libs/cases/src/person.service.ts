import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { SqlParams } from '@marac/access';
import { AuditService } from '@marac/audit';
import {
  byKeys,
  Db,
  DomainError,
  isCalendarDate,
  londonToday,
  oneByKey,
  type RequestContext,
} from '@marac/core';
import type { PersonRole } from './case.enums.js';
import type { CaseModel } from './models/case.model.js';
import { caseAccess } from './case.sql.js';
import type { PersonInput, PersonSearchInput } from './dto/case.inputs.js';
import type {
  ContactDetails,
  LinkedPersonModel,
  PersonMatchModel,
  PersonModel,
} from './models/person.model.js';
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number.js';

export const PERSON_COLUMNS = `
  p.id, p.given_name AS "givenName", p.family_name AS "familyName", p.date_of_birth AS "dateOfBirth", p.gender,
  p.ethnicity, p.is_bame AS "isBame", p.disabled, p.lgbt, p.police_national_id AS "policeNationalId",
  p.nhs_number AS "nhsNumber",
  json_build_object('address', p.address, 'phone', p.phone, 'safeContactNotes', p.safe_contact_notes) AS "contactDetails"`;

/** The identity fields of a person as a referral submitted them. */
export type SubmittedIdentity = Omit<
  Pick<
    PersonModel,
    'dateOfBirth' | 'gender' | 'ethnicity' | 'isBame' | 'disabled' | 'lgbt' | 'policeNationalId' | 'nhsNumber'
  >,
  never
> & { givenName: string | null; familyName: string | null };
export interface ResolvedPerson {
  personId: string;
  /** null when a coordinator linked a known person by id */
  submitted: SubmittedIdentity | null;
  contact: ContactDetails | null;
}
interface CasePersonRow {
  entryId: string;
  caseId: string;
  personId: string;
  role: PersonRole;
  isSubject: boolean;
  relationshipToSubject: string | null;
  submitted: SubmittedIdentity | null;
  contact: ContactDetails | null;
}
const EMPTY_CONTACT: ContactDetails = { address: null, phone: null, safeContactNotes: null };
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

const blank = (s: string | null | undefined) => !s || !s.trim();

/**
 * Persons: identity resolution at referral (a known police national id or NHS number is that person; otherwise a new
 * person; never an automatic merge) and the coordinators' fuzzy search.
 */
@Injectable()
export class PersonService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
  ) {}

  /**
   * Validates a PersonInput and returns the person it denotes (creating one when needed), with what the referral said
   * about them: the identity fields as submitted and the contact details given. A referral never changes a known
   * person's record, and linking a known person by id is for panel coordinators and chairs only.
   */
  async resolve(
    em: EntityManager,
    ctx: RequestContext,
    input: PersonInput,
    field: string,
    panelId: string,
  ): Promise<ResolvedPerson> {
    const nhs = input.nhsNumber ? normaliseNhsNumber(input.nhsNumber) : null;
    if (nhs && !isValidNhsNumber(nhs))
      throw DomainError.badInput(`${field}.nhsNumber`, 'is not a valid NHS number (check digit)');
    const pnc = input.policeNationalId?.trim().toUpperCase() || null;
    if (input.dateOfBirth && (!isCalendarDate(input.dateOfBirth) || input.dateOfBirth > londonToday())) {
      throw DomainError.badInput(`${field}.dateOfBirth`, 'cannot be in the future');
    }
    const contact =
      input.contact && Object.values(input.contact).some((v) => v)
        ? {
            address: input.contact.address ?? null,
            phone: input.contact.phone ?? null,
            safeContactNotes: input.contact.safeContactNotes ?? null,
          }
        : null;

    if (input.existingPersonId) {
      if (!ctx.can.can('triage', subject('Case', { panelId }))) {
        throw DomainError.forbidden(
          `${field}.existingPersonId: only the panel's coordinators and chairs link a known person`,
        );
      }
      // only a person the caller could find with searchPersons
      const params = new SqlParams();
      const visible = this.visibleToSearch(caseAccess(ctx.can, params).detail);
      const [found] = await em.query(
        `SELECT p.id FROM person p WHERE p.id = ${params.add(input.existingPersonId)} AND ${visible}`,
        params.values,
      );
      if (!found) throw DomainError.badInput(`${field}.existingPersonId`, 'no such person');
      return { personId: found.id, submitted: null, contact };
    }

    const submitted: SubmittedIdentity = {
      givenName: input.givenName?.trim() || null,
      familyName: input.familyName?.trim() || null,
      dateOfBirth: input.dateOfBirth ?? null,
      gender: input.gender ?? null,
      ethnicity: input.ethnicity?.trim() || null,
      isBame: input.isBame ?? null,
      disabled: input.disabled ?? null,
      lgbt: input.lgbt ?? null,
      policeNationalId: pnc,
      nhsNumber: nhs,
    };
    if (pnc || nhs) {
      // a known identifier is that person; the NHS number wins if the two identifiers point at different people
      // (the conflict is audited for coordinators to resolve, and the answer does not tell the caller about it)
      const found: { id: string; byNhs: boolean }[] = await em.query(
        `SELECT id, (nhs_number = $2) AS "byNhs" FROM person WHERE upper(police_national_id) = $1 OR nhs_number = $2
          ORDER BY (nhs_number = $2) DESC NULLS LAST`,
        [pnc, nhs],
      );
      if (found.length > 1) {
        await this.audit.record(em, ctx, {
          action: 'person.identifier_conflict',
          entityType: 'Person',
          entityId: found[0].id,
          details: { otherPersonId: found[1].id },
        });
      }
      if (found[0]) return { personId: found[0].id, submitted, contact };
    }

    if (blank(input.givenName))
      throw DomainError.badInput(`${field}.givenName`, 'is required (or give existingPersonId)');
    if (blank(input.familyName))
      throw DomainError.badInput(`${field}.familyName`, 'is required (or give existingPersonId)');
    const [created] = await em.query(
      `INSERT INTO person (given_name, family_name, date_of_birth, gender, ethnicity, is_bame, disabled, lgbt,
                           police_national_id, nhs_number, address, phone, safe_contact_notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        submitted.givenName,
        submitted.familyName,
        submitted.dateOfBirth,
        submitted.gender,
        submitted.ethnicity,
        submitted.isBame,
        submitted.disabled,
        submitted.lgbt,
        pnc,
        nhs,
        contact?.address ?? null,
        contact?.phone ?? null,
        contact?.safeContactNotes ?? null,
      ],
    );
    await this.audit.record(em, ctx, { action: 'person.create', entityType: 'Person', entityId: created.id });
    return { personId: created.id, submitted, contact };
  }

  /** Batched per request; the caller decides contact visibility for the case it reached the person through. */
  byId(ctx: RequestContext, id: string): Promise<Omit<PersonModel, 'contactVisible'> | null> {
    return ctx
      .loader<string, Omit<PersonModel, 'contactVisible'> | null>('person.byId', async (ids) =>
        oneByKey(
          ids,
          await this.db.query<Omit<PersonModel, 'contactVisible'>>(
            `SELECT ${PERSON_COLUMNS} FROM person p WHERE p.id = ANY($1)`,
            [ids],
          ),
          (p) => p.id,
        ),
      )
      .load(id);
  }

  /** The subject of a case, as the caller may see it. */
  async subjectOf(ctx: RequestContext, c: CaseModel): Promise<PersonModel> {
    const [subject] = (await this.peopleOf(ctx, c.id)).filter((p) => p.isSubject);
    return this.asSeen(ctx, c, subject);
  }

  /** The linked persons of a case, in the order given at referral, as the caller may see them. */
  async linkedOf(ctx: RequestContext, c: CaseModel): Promise<LinkedPersonModel[]> {
    const links = (await this.peopleOf(ctx, c.id)).filter((p) => !p.isSubject);
    return Promise.all(
      links.map(async (l) => ({
        person: await this.asSeen(ctx, c, l),
        role: l.role,
        relationshipToSubject: l.relationshipToSubject,
      })),
    );
  }

  /**
   * A person on a case as the caller may see them: the full view shows the person's record (with the contact details
   * given with this referral, if any); the referrer's narrow view shows exactly what the referral submitted, with no
   * contact details. Contact details only when the case's view allows them (CASL 'readContact').
   */
  private async asSeen(ctx: RequestContext, c: CaseModel, p: CasePersonRow): Promise<PersonModel> {
    if (!c.view.detail) {
      // exactly what the referral submitted, under an id of this case's entry (never the person's id, which would
      // tell the referrer that two identifiers belong to one known person); nothing of the stored record
      const { givenName, familyName, ...rest } = p.submitted ?? EMPTY_IDENTITY;
      return {
        id: p.entryId,
        ...rest,
        givenName: givenName ?? '',
        familyName: familyName ?? '',
        contactDetails: EMPTY_CONTACT,
        contactVisible: false,
      };
    }
    const person = (await this.byId(ctx, p.personId))!;
    // the contact details given with this case only: those given in confidence on another (restricted) case stay there
    return { ...person, contactDetails: p.contact ?? EMPTY_CONTACT, contactVisible: c.view.contact };
  }

  private peopleOf(ctx: RequestContext, caseId: string): Promise<CasePersonRow[]> {
    return ctx
      .loader<string, CasePersonRow[]>('case.people', async (ids) =>
        byKeys(
          ids,
          await this.db.query<CasePersonRow>(
            `SELECT id AS "entryId", case_id AS "caseId", person_id AS "personId", role, is_subject AS "isSubject",
                    relationship_to_subject AS "relationshipToSubject", submitted, contact
               FROM case_person WHERE case_id = ANY($1) ORDER BY case_id, position`,
            [ids],
          ),
          (l) => l.caseId,
        ),
      )
      .load(caseId);
  }

  /** A person (alias p) is findable unless they appear only on restricted cases the caller may not see (`detail`). */
  private visibleToSearch(detail: string): string {
    return `(NOT EXISTS (SELECT 1 FROM case_person cp0 WHERE cp0.person_id = p.id)
             OR EXISTS (SELECT 1 FROM case_person cp JOIN case_record c ON c.id = cp.case_id
                         WHERE cp.person_id = p.id AND (NOT c.restricted OR ${detail})))`;
  }

  /**
   * Candidates by fuzzy name (pg_trgm), date of birth and identifiers, with a score and reasons. Identity fields only
   * (no contact), and never a person who appears only on restricted cases the caller may not see.
   */
  async search(ctx: RequestContext, input: PersonSearchInput): Promise<PersonMatchModel[]> {
    const name = input.name?.trim() || null;
    const nhs = input.nhsNumber ? normaliseNhsNumber(input.nhsNumber) : null;
    const pnc = input.policeNationalId?.trim().toUpperCase() || null;
    const dob = input.dateOfBirth ?? null;
    if (!name && !nhs && !pnc && !dob)
      throw DomainError.badInput('input', 'give a name, a date of birth or an identifier');
    if (name && name.length < 2) throw DomainError.badInput('input.name', 'needs at least two characters');

    const params = new SqlParams();
    const access = caseAccess(ctx.can, params);
    const $name = params.add(name);
    const $dob = params.add(dob);
    const $pnc = params.add(pnc);
    const $nhs = params.add(nhs);
    const rows: (PersonModel & {
      nameScore: number;
      dobMatch: boolean;
      pncMatch: boolean;
      nhsMatch: boolean;
    })[] = await this.db.query(
      `SELECT * FROM (
           SELECT ${PERSON_COLUMNS},
                  CASE WHEN ${$name}::text IS NULL THEN 0
                       ELSE similarity(p.given_name || ' ' || p.family_name, ${$name}::text) END AS "nameScore",
                  (${$dob}::date IS NOT NULL AND p.date_of_birth = ${$dob}::date) AS "dobMatch",
                  (${$pnc}::text IS NOT NULL AND upper(p.police_national_id) = ${$pnc}::text) AS "pncMatch",
                  (${$nhs}::text IS NOT NULL AND p.nhs_number = ${$nhs}::text) AS "nhsMatch"
             FROM person p
            WHERE ${this.visibleToSearch(access.detail)}
         ) m
         WHERE m."nameScore" >= ${NAME_THRESHOLD} OR m."dobMatch" OR m."pncMatch" OR m."nhsMatch"
         ORDER BY ("pncMatch" OR "nhsMatch") DESC, ("nameScore" * 0.7 + CASE WHEN "dobMatch" THEN 0.3 ELSE 0 END) DESC, m.id
         LIMIT ${SEARCH_LIMIT}`,
      params.values,
    );
    for (const { id } of rows) ctx.noteRead('person', [id]); // the ids returned, never the search terms
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
      return { person: { ...person, contactVisible: false }, score, reasons };
    });
  }
}
