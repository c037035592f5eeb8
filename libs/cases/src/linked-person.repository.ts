import { Injectable } from '@nestjs/common';
import { Db, type RequestContext } from '@marac/core';
import type { PersonRole } from './case.enums.js';
import type { NewEntry } from './case.repository.js';

/** A linked person added to a case after referral: the entry as the case's other entries are written. */
export interface NewLinkedEntry extends NewEntry {
  relationshipToPerpetrator: string | null;
  school: string | null;
}

/**
 * Entries (case_person rows) added to or removed from a case after its referral. The caller has locked the case for
 * 'editPersons' (CaseRepository.lockFor), which is the rule these writes rest on.
 */
@Injectable()
export class LinkedPersonRepository {
  constructor(private readonly db: Db) {}

  /** Whether the person is already on the case (as subject or linked). */
  async isOnCase(txCtx: RequestContext, caseId: string, personId: string): Promise<boolean> {
    const [row] = await this.db.query(
      txCtx,
      'SELECT 1 FROM case_person WHERE case_id = $1 AND person_id = $2 LIMIT 1',
      [caseId, personId],
    );
    return !!row;
  }

  /** Adds the entry after the case's last one. */
  async insert(txCtx: RequestContext, caseId: string, e: NewLinkedEntry): Promise<void> {
    await this.db.query(
      txCtx,
      `INSERT INTO case_person (case_id, person_id, role, is_subject, relationship_to_subject, position, submitted,
                                contact, reveals_person, relationship_to_perpetrator, school)
       SELECT $1, $2, $3, false, $4, COALESCE(max(position), 0) + 1, $5, $6, $7, $8, $9
         FROM case_person WHERE case_id = $1`,
      [
        caseId,
        e.personId,
        e.role,
        e.relationship,
        e.submitted ? JSON.stringify(e.submitted) : null,
        e.contact ? JSON.stringify(e.contact) : null,
        e.revealsPerson,
        e.relationshipToPerpetrator,
        e.school,
      ],
    );
  }

  /**
   * The entries of case `caseId` that `personOrEntryId` names: a person id, or the id of an entry (the id under which a
   * caller who may not see the stored person saw it).
   */
  entries(
    txCtx: RequestContext,
    caseId: string,
    personOrEntryId: string,
  ): Promise<{ entryId: string; personId: string; role: PersonRole; isSubject: boolean }[]> {
    return this.db.query(
      txCtx,
      `SELECT id AS "entryId", person_id AS "personId", role, is_subject AS "isSubject"
         FROM case_person WHERE case_id = $1 AND (person_id = $2 OR id = $2) ORDER BY position`,
      [caseId, personOrEntryId],
    );
  }

  async delete(txCtx: RequestContext, entryIds: string[]): Promise<void> {
    await this.db.query(txCtx, 'DELETE FROM case_person WHERE id = ANY($1::uuid[]) AND NOT is_subject', [
      entryIds,
    ]);
  }
}
