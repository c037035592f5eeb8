import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { Db, DomainError, type RequestContext } from '@marac/core';
import { CaseRepository } from './case.repository.js';
import type { LinkedPersonInput } from './dto/case.inputs.js';
import { FlagService } from './flag.service.js';
import { LinkedPersonRepository } from './linked-person.repository.js';
import { PersonService } from './person.service.js';
import { checkLinkedPerson } from './referral-rules.js';

/**
 * Linked persons added or removed by panel staff after referral (DOMAIN.md: a perpetrator identified later, a child
 * born since). The person is resolved as at referral (PersonService: a known police national id or NHS number is
 * that person, else a new person). Each change is one transaction: the case's version goes up, the change is audited,
 * and the flags of the case and of every case sharing the person are recomputed.
 */
@Injectable()
export class LinkedPersonService {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly entries: LinkedPersonRepository,
    private readonly persons: PersonService,
    private readonly flags: FlagService,
    private readonly audit: AuditService,
  ) {}

  async add(ctx: RequestContext, caseId: string, input: LinkedPersonInput): Promise<void> {
    // the whole input first (the check of a referral's linked person: a school for a CHILD only), then the
    // identifiers: no answer depends on whether an identifier is known
    const checked = checkLinkedPerson(input, '');
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.cases.lockFor(txCtx, caseId, 'editPersons');
      const [resolved] = await this.persons.resolveAll(txCtx, [checked]);
      if (await this.entries.isOnCase(txCtx, c.id, resolved.personId))
        throw DomainError.badInput('person', 'is already on this case');
      await this.entries.insert(txCtx, c.id, {
        ...resolved,
        role: input.role,
        relationship: checked.relationship,
        relationshipToPerpetrator: checked.relationshipToPerpetrator,
        school: checked.school,
      });
      await this.cases.touch(txCtx, c.id);
      await this.audit.record(txCtx, {
        action: 'case.person_add',
        entityType: 'Case',
        entityId: c.id,
        caseId: c.id,
        details: { personId: resolved.personId, role: input.role },
      });
      await this.flags.recompute(txCtx, [c.id]);
    });
  }

  /**
   * Removes a linked person (`personId`: the person's id, or the id under which the caller saw the entry). The subject
   * cannot be removed (BAD_USER_INPUT); a person not on the case is NOT_FOUND.
   */
  async remove(ctx: RequestContext, caseId: string, personId: string): Promise<void> {
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.cases.lockFor(txCtx, caseId, 'editPersons');
      const found = await this.entries.entries(txCtx, c.id, personId);
      if (!found.length) throw DomainError.notFound('Person', personId);
      if (found.some((e) => e.isSubject))
        throw DomainError.badInput('personId', 'is the subject of the case, who cannot be removed');
      const removed = [...new Set(found.map((e) => e.personId))];
      // the cases that shared the removed person may lose a flag: recompute them with this one
      const sharing: string[] = [];
      for (const p of removed) sharing.push(...(await this.cases.casesOfPerson(txCtx.system(), p)));
      await this.entries.delete(
        txCtx,
        found.map((e) => e.entryId),
      );
      await this.cases.touch(txCtx, c.id);
      await this.audit.record(txCtx, {
        action: 'case.person_remove',
        entityType: 'Case',
        entityId: c.id,
        caseId: c.id,
        details: { personId: removed[0], role: found[0].role },
      });
      await this.flags.recompute(txCtx, [...new Set([c.id, ...sharing])]);
    });
  }
}
