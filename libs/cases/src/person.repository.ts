import { Injectable } from '@nestjs/common';
import { SqlParams } from '@marac/access';
import { Db, oneByKey, type RequestContext } from '@marac/core';
import { assertSystem } from './case.repository.js';
import { caseLevelSql } from './case.sql.js';
import type { ContactDetails, PersonModel } from './models/person.model.js';
import type { SubmittedIdentity } from './referral-rules.js';

/** A stored person (identity fields; contact details are per case, on case_person). */
export type StoredPerson = Omit<PersonModel, 'contactDetails' | 'contactVisible'>;

const PERSON_COLUMNS = `
  p.id, p.given_name AS "givenName", p.family_name AS "familyName", p.date_of_birth AS "dateOfBirth", p.gender,
  p.ethnicity, p.is_bame AS "isBame", p.disabled, p.lgbt, p.police_national_id AS "policeNationalId",
  p.nhs_number AS "nhsNumber"`;

export interface SearchCriteria {
  name: string | null;
  dateOfBirth: string | null;
  policeNationalId: string | null;
  nhsNumber: string | null;
  nameThreshold: number;
  limit: number;
}
export type SearchRow = StoredPerson & {
  nameScore: number;
  dobMatch: boolean;
  pncMatch: boolean;
  nhsMatch: boolean;
};

/** SQL: the person whose id is `personIdExpr` is visible to the caller (see PersonRepository). System: true. */
export function personVisibleSql(ctx: RequestContext, params: SqlParams, personIdExpr: string): string {
  if (ctx.isSystem) return 'true';
  return `(${visiblePaths(ctx, params)
    .map((v) => `EXISTS (SELECT 1 FROM ${v.from} WHERE ${v.person} = ${personIdExpr} AND ${v.where})`)
    .join(' OR ')})`;
}

/**
 * The same rule as a set: the ids of every person the caller may see (`SELECT ... AS id`), to drive a read from the
 * caller's cases rather than test every person (the search). Not for a system context (it sees everyone).
 */
export function visiblePersonIdsSql(ctx: RequestContext, params: SqlParams): string {
  if (ctx.isSystem) throw new Error('visiblePersonIdsSql: a system context sees every person');
  return visiblePaths(ctx, params)
    .map((v) => `SELECT ${v.person} AS id FROM ${v.from} WHERE ${v.person} IS NOT NULL AND ${v.where}`)
    .join(' UNION ');
}

/** The two ways to see a stored person (the class comment of PersonRepository), each a join and its condition. */
function visiblePaths(ctx: RequestContext, params: SqlParams) {
  const detail = (alias: string) => caseLevelSql(ctx, 'detail', params, alias);
  return [
    {
      person: 'vp.person_id',
      from: 'case_person vp JOIN case_record vpc ON vpc.id = vp.case_id',
      where: `vp.reveals_person AND ${detail('vpc')}`,
    },
    {
      person: 'vm.matched_from',
      from: 'case_person vm JOIN case_record vmc ON vmc.id = vm.case_id',
      where: detail('vmc'),
    },
  ];
}

/** SQL: the stored persons of the case `caseIdExpr` the caller may see, as a JSON array (the loader's columns). */
export function casePersonsJsonSql(ctx: RequestContext, params: SqlParams, caseIdExpr: string): string {
  return `(SELECT coalesce(json_agg(json_build_object('id', p.id, 'givenName', p.given_name, 'familyName', p.family_name,
                   'dateOfBirth', p.date_of_birth, 'gender', p.gender, 'ethnicity', p.ethnicity, 'isBame', p.is_bame,
                   'disabled', p.disabled, 'lgbt', p.lgbt, 'policeNationalId', p.police_national_id,
                   'nhsNumber', p.nhs_number)), '[]')
             FROM person p
            WHERE p.id IN (SELECT bp.person_id FROM case_person bp WHERE bp.case_id = ${caseIdExpr})
              AND ${personVisibleSql(ctx, params, 'p.id')})`;
}

/**
 * The person table. Who may see a stored person is ONE rule, derived from the CASL case rules: a person is visible
 * to a caller who sees in detail a case holding them through an entry that reveals the person (the entry that created
 * them, or a link made deliberately by panel staff who could see them), or that a confirmed match replaced them on
 * (so the match can be undone). A person on no case is visible to no one.
 * Every read here applies it (search, the loader, existingPersonId and confirmPersonMatch checks); identity resolution
 * by NHS number or police id reads past it with `ctx.system()` and answers only "this is that person".
 */
@Injectable()
export class PersonRepository {
  constructor(private readonly db: Db) {}

  /** SQL: the person whose id is `personIdExpr` is visible to the caller (see the class comment). System: true. */
  visibleSql(ctx: RequestContext, params: SqlParams, personIdExpr = 'p.id'): string {
    return personVisibleSql(ctx, params, personIdExpr);
  }

  async visibleByIds(ctx: RequestContext, ids: readonly string[]): Promise<StoredPerson[]> {
    if (!ids.length) return [];
    const p = new SqlParams();
    return this.db.query(
      ctx,
      `SELECT ${PERSON_COLUMNS} FROM person p WHERE p.id = ANY(${p.add(ids)}) AND ${this.visibleSql(ctx, p)}`,
      p.values,
    );
  }

  /** A visible person through the per-request loader, or null. */
  visible(ctx: RequestContext, id: string): Promise<StoredPerson | null> {
    return this.visibleLoader(ctx).load(id);
  }

  /** Puts what a list read already knows (the person, or null: not visible) into the request's loader. */
  primeVisible(ctx: RequestContext, id: string, person: StoredPerson | null): void {
    this.visibleLoader(ctx).prime(id, person);
  }

  private visibleLoader(ctx: RequestContext) {
    return ctx.loader<string, StoredPerson | null>('person.visible', async (ids) =>
      oneByKey(ids, await this.visibleByIds(ctx, ids), (p) => p.id),
    );
  }

  /** Candidates among the persons the caller may see, best first. Identity fields only. */
  search(ctx: RequestContext, c: SearchCriteria): Promise<SearchRow[]> {
    const p = new SqlParams();
    const $name = p.add(c.name);
    const $dob = p.add(c.dateOfBirth);
    const $pnc = p.add(c.policeNationalId);
    const $nhs = p.add(c.nhsNumber);
    // driven from the persons the caller may see (a panel's cases hold a few thousand), never from every person: a
    // common name's trigrams match a large share of a national person table
    return this.db.query(
      ctx,
      `WITH visible AS MATERIALIZED (${visiblePersonIdsSql(ctx, p)})
       SELECT * FROM (
           SELECT ${PERSON_COLUMNS},
                  CASE WHEN ${$name}::text IS NULL THEN 0
                       ELSE similarity(p.given_name || ' ' || p.family_name, ${$name}::text) END AS "nameScore",
                  (${$dob}::date IS NOT NULL AND p.date_of_birth = ${$dob}::date) AS "dobMatch",
                  (${$pnc}::text IS NOT NULL AND upper(p.police_national_id) = ${$pnc}::text) AS "pncMatch",
                  (${$nhs}::text IS NOT NULL AND p.nhs_number = ${$nhs}::text) AS "nhsMatch"
             FROM visible v JOIN person p ON p.id = v.id
         ) m
         WHERE m."nameScore" >= ${p.add(c.nameThreshold)} OR m."dobMatch" OR m."pncMatch" OR m."nhsMatch"
         ORDER BY ("pncMatch" OR "nhsMatch") DESC, ("nameScore" * 0.7 + CASE WHEN "dobMatch" THEN 0.3 ELSE 0 END) DESC, m.id
         LIMIT ${p.add(c.limit)}`,
      p.values,
    );
  }

  /**
   * Identity resolution (rule evaluation, system only): the persons known by this police id or NHS number, the NHS
   * number's first. The answer goes back to the caller only as "this is that person", never as the person's fields.
   */
  async byIdentifiers(
    sys: RequestContext,
    pnc: string | null,
    nhs: string | null,
  ): Promise<{ id: string; byNhs: boolean }[]> {
    assertSystem(sys);
    if (!pnc && !nhs) return [];
    return this.db.query(
      sys,
      `SELECT id, (nhs_number = $2) AS "byNhs" FROM person WHERE upper(police_national_id) = $1 OR nhs_number = $2
        ORDER BY (nhs_number = $2) DESC NULLS LAST`,
      [pnc, nhs],
    );
  }

  async insert(txCtx: RequestContext, s: SubmittedIdentity, contact: ContactDetails | null): Promise<string> {
    const [created] = await this.db.query<{ id: string }>(
      txCtx,
      `INSERT INTO person (given_name, family_name, date_of_birth, gender, ethnicity, is_bame, disabled, lgbt,
                           police_national_id, nhs_number, address, phone, safe_contact_notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        s.givenName,
        s.familyName,
        s.dateOfBirth,
        s.gender,
        s.ethnicity,
        s.isBame,
        s.disabled,
        s.lgbt,
        s.policeNationalId,
        s.nhsNumber,
        contact?.address ?? null,
        contact?.phone ?? null,
        contact?.safeContactNotes ?? null,
      ],
    );
    return created.id;
  }
}
