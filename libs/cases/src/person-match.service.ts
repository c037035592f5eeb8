import { Injectable } from '@nestjs/common';
import { AuditService } from '@marac/audit';
import { Db, DomainError, type RequestContext } from '@marac/core';
import { CaseRepository } from './case.repository.js';
import type { ConfirmPersonMatchInput } from './dto/case.inputs.js';
import { FlagService } from './flag.service.js';
import { PersonRepository } from './person.repository.js';

/** Confirmed matches: a person on a case is a known person (never merged by the system on its own). */
@Injectable()
export class PersonMatchService {
  constructor(
    private readonly db: Db,
    private readonly cases: CaseRepository,
    private readonly persons: PersonRepository,
    private readonly flags: FlagService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Puts `matchedPersonId` in the place of `personId` (a person id, or the id under which the caller saw the entry) on
   * the case; reversible by the same call with the ids swapped. The matched person must be one the caller may see
   * (the rule of searchPersons and existingPersonId): NOT_FOUND otherwise, nothing written.
   */
  async confirm(ctx: RequestContext, input: ConfirmPersonMatchInput): Promise<void> {
    if (input.personId === input.matchedPersonId)
      throw DomainError.badInput('matchedPersonId', 'is the same person');
    await this.db.tx(ctx, async (txCtx) => {
      const c = await this.cases.lockFor(txCtx, input.caseId, 'confirmMatch');
      const [matched] = await this.persons.visibleByIds(txCtx, [input.matchedPersonId]);
      if (!matched) throw DomainError.notFound('Person', input.matchedPersonId);
      const from = await this.cases.moveEntry(txCtx, c.id, input.personId, matched.id);
      if (!from) throw DomainError.badInput('personId', 'is not on this case');
      if (from === matched.id) throw DomainError.badInput('matchedPersonId', 'is the same person');
      // the cases sharing the old person keep flags that may now change, so recompute them too
      const before = await this.cases.casesOfPerson(txCtx.system(), from);
      await this.cases.touch(txCtx, c.id);
      await this.audit.record(txCtx, {
        action: 'case.person_match',
        entityType: 'Case',
        entityId: c.id,
        caseId: c.id,
        details: { fromPersonId: from, toPersonId: matched.id },
      });
      await this.flags.recompute(txCtx, [...new Set([c.id, ...before])]);
    });
  }
}
