import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contact details are shown per case (those given with that referral). Rows from before this migration keep the
 * person record's contact on the case that created the person (its earliest entry), and nowhere else.
 */
export class ContactPerCase1763900700000 implements MigrationInterface {
  name = 'ContactPerCase1763900700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE case_person cp
         SET contact = json_build_object('address', p.address, 'phone', p.phone, 'safeContactNotes', p.safe_contact_notes)
        FROM person p
       WHERE p.id = cp.person_id AND cp.contact IS NULL
         AND (p.address IS NOT NULL OR p.phone IS NOT NULL OR p.safe_contact_notes IS NOT NULL)
         AND cp.id = (SELECT first.id FROM case_person first JOIN case_record c ON c.id = first.case_id
                       WHERE first.person_id = p.id ORDER BY c.seq, first.position LIMIT 1)`);
  }

  async down(): Promise<void> {
    // the copied contact details stay: the person record still holds them too
  }
}
