import { SqlParams, defineAbilityFor } from '@marac/access';
import { AgencyKind, GlobalRole, PanelRole, RequestContext, type AuthUser } from '@marac/core';
import { caseVisibleSql } from './case.sql.js';
import { DashAnswer, PersonRole, ReferralCriterion } from './case.enums.js';
import { RiskGrade, RiskTool } from './risk.js';
import type { CreateReferralInput } from './dto/case.inputs.js';
import {
  checkLinkedPerson,
  checkPastDate,
  checkPerson,
  checkReferral,
  isBlank,
  requireReason,
} from './referral-rules.js';

const TODAY = '2026-06-01';
const fieldOf = (run: () => unknown) => {
  try {
    run();
  } catch (e: any) {
    return e.extensions?.field as string;
  }
  return null;
};
const valid = (over: Partial<CreateReferralInput> = {}): CreateReferralInput =>
  ({
    panelId: 'p',
    subject: { givenName: 'A', familyName: 'B' },
    criteria: [ReferralCriterion.PROFESSIONAL_JUDGEMENT],
    lawfulBasis: 'basis',
    referralDate: '2026-05-01',
    ...over,
  }) as CreateReferralInput;

describe('referral rules (checked before any person is looked up)', () => {
  it.each(['', '   ', '\u200B', '\u200B\u200C\u200D', '\uFEFF \u2060', '\u00AD', '\t\n'])('blank: %j', (s) =>
    expect(isBlank(s)).toBe(true),
  );
  it.each(['a', ' Zoë ', 'A\u200Bb', '李'])('not blank: %j', (s) => expect(isBlank(s)).toBe(false));

  it('names are required whatever the identifiers (a known number must not change the answer)', () => {
    expect(fieldOf(() => checkPerson({ nhsNumber: '9434765919' }, 'subject', TODAY))).toBe(
      'subject.givenName',
    );
    expect(fieldOf(() => checkPerson({ policeNationalId: 'X1' }, 's', TODAY))).toBe('s.givenName');
    expect(fieldOf(() => checkPerson({ givenName: 'A', familyName: '\u200B' }, 's', TODAY))).toBe(
      's.familyName',
    );
    expect(fieldOf(() => checkPerson({ existingPersonId: 'id' }, 's', TODAY))).toBeNull();
  });

  it('checks every person before answering anything about identifiers, in a fixed order', () => {
    const input = valid({
      subject: { nhsNumber: '9434765919' },
      linkedPersons: [
        { role: 'PERPETRATOR' as any, person: { givenName: 'x', familyName: 'y', nhsNumber: '1234567890' } },
      ],
    });
    expect(fieldOf(() => checkReferral(input, TODAY))).toBe('subject.givenName');
    const linked = valid({
      linkedPersons: [
        { role: 'PERPETRATOR' as any, person: { givenName: 'x', familyName: 'y', nhsNumber: '1234567890' } },
      ],
    });
    expect(fieldOf(() => checkReferral(linked, TODAY))).toBe('linkedPersons.0.person.nhsNumber');
  });

  it('keeps dates in a sensible window', () => {
    expect(fieldOf(() => checkPastDate('1999-12-31', 'd', undefined, TODAY))).toBe('d');
    expect(fieldOf(() => checkPastDate('2000-01-01', 'd', undefined, TODAY))).toBeNull();
    expect(fieldOf(() => checkPastDate('2026-06-02', 'd', undefined, TODAY))).toBe('d');
    expect(
      fieldOf(() => checkPerson({ givenName: 'a', familyName: 'b', dateOfBirth: '1899-12-31' }, 's', TODAY)),
    ).toBe('s.dateOfBirth');
    expect(fieldOf(() => checkReferral(valid({ referralDate: '0100-01-01' }), TODAY))).toBe('referralDate');
  });

  it('a reason of invisible characters is no reason', () => {
    expect(fieldOf(() => requireReason('\u200B\u200B', 'lawfulBasis'))).toBe('lawfulBasis');
    expect(requireReason(' ok ')).toBe('ok');
  });
});

describe('caseVisibleSql (for other domains)', () => {
  const user: AuthUser = {
    id: 'u1',
    sessionId: 's',
    agencyId: 'a1',
    agencyKind: AgencyKind.HOUSING,
    globalRoles: [],
    memberships: [{ panelId: 'p1', role: PanelRole.AGENCY_REP, agencyIsMember: true }],
  };
  it('is the CASL rule on its own alias, names no other domain table, and is true for a system context', () => {
    const ctx = RequestContext.forUser(user, defineAbilityFor(user));
    const p = new SqlParams();
    const sql = caseVisibleSql(ctx, p, 'a.case_id', 'detail');
    expect(sql).toMatch(/^EXISTS \(SELECT 1 FROM case_record vis_case WHERE vis_case\.id = a\.case_id AND /);
    expect(sql).toContain('FROM access_published_case_ids() pub WHERE pub.case_id = vis_case.id');
    expect(sql).toContain('FROM access_case_action_owners() own WHERE own.case_id = vis_case.id');
    expect(sql).not.toMatch(/\b(agenda_item|meeting|action)\b(?!_)/);
    expect(p.values).toContainEqual(['p1']);
    expect(caseVisibleSql(ctx.system(), new SqlParams(), 'x.case_id')).toBe('true');
  });
  it('answers false when no rule gives the level (no rows, never all rows)', () => {
    const admin = { ...user, memberships: [], globalRoles: [GlobalRole.ADMIN] };
    const ctx = RequestContext.forUser(admin, defineAbilityFor(admin));
    expect(caseVisibleSql(ctx, new SqlParams(), 'a.case_id', 'read')).toContain('AND false)');
  });

  describe('risk tools', () => {
    const answers = (yes: number) => [
      ...Array<DashAnswer>(yes).fill(DashAnswer.YES),
      ...Array<DashAnswer>(24 - yes).fill(DashAnswer.NO),
    ];
    const vhr = [ReferralCriterion.VISIBLE_HIGH_RISK];
    it.each<[string, Partial<CreateReferralInput>, string | null]>([
      [
        'DARA HIGH meets VISIBLE_HIGH_RISK',
        { criteria: vhr, riskTool: RiskTool.DARA, riskGrade: RiskGrade.HIGH },
        null,
      ],
      ['OTHER HIGH meets it', { criteria: vhr, riskTool: RiskTool.OTHER, riskGrade: RiskGrade.HIGH }, null],
      ['DASH 14 meets it', { criteria: vhr, dashAnswers: answers(14) }, null],
      ['DASH 13 does not', { criteria: vhr, dashAnswers: answers(13) }, 'criteria'],
      [
        'DARA MEDIUM does not',
        { criteria: vhr, riskTool: RiskTool.DARA, riskGrade: RiskGrade.MEDIUM },
        'criteria',
      ],
      ['no tool does not', { criteria: vhr }, 'criteria'],
      [
        'DASH answers with DARA',
        { riskTool: RiskTool.DARA, riskGrade: RiskGrade.HIGH, dashAnswers: answers(3) },
        'dashAnswers',
      ],
      ['a grade with DASH', { dashAnswers: answers(3), riskGrade: RiskGrade.STANDARD }, 'riskGrade'],
      ['DARA without a grade', { riskTool: RiskTool.DARA }, 'riskGrade'],
      ['a grade with NONE', { riskTool: RiskTool.NONE, riskGrade: RiskGrade.STANDARD }, 'riskGrade'],
    ])('%s', (_n, over, field) => expect(fieldOf(() => checkReferral(valid(over), TODAY))).toBe(field));

    it('keeps the grade of a graded tool only', () => {
      expect(
        checkReferral(valid({ riskTool: RiskTool.DARA, riskGrade: RiskGrade.HIGH }), TODAY),
      ).toMatchObject({
        riskTool: RiskTool.DARA,
        riskGrade: RiskGrade.HIGH,
        dashScore: null,
      });
      expect(checkReferral(valid({ dashAnswers: answers(5) }), TODAY)).toMatchObject({
        riskTool: RiskTool.DASH,
        riskGrade: null,
        dashScore: 5,
      });
    });
  });

  describe("incident date, previous MARAC, the victim's voice, children", () => {
    it.each<[string, Partial<CreateReferralInput>, string | null]>([
      ['an incident on the referral date', { referralDate: '2026-03-02', incidentDate: '2026-03-02' }, null],
      ['an incident before it', { referralDate: '2026-03-02', incidentDate: '2025-11-30' }, null],
      ['an incident after it', { referralDate: '2026-03-02', incidentDate: '2026-03-03' }, 'incidentDate'],
      ['an incident before 2000', { incidentDate: '1999-12-31' }, 'incidentDate'],
      ['victim not aware, no reason', { victimAware: false }, 'victimNotAwareReason'],
      [
        'victim not aware, a blank reason',
        { victimAware: false, victimNotAwareReason: ' ' },
        'victimNotAwareReason',
      ],
      [
        'victim not aware with a reason',
        { victimAware: false, victimNotAwareReason: 'Unsafe to tell' },
        null,
      ],
      ['no consent, no reason', { consentGiven: false }, 'sharedWithoutConsentReason'],
      ['no consent with a reason', { consentGiven: false, sharedWithoutConsentReason: 'Risk to life' }, null],
      [
        'a previous MARAC after the referral',
        { referralDate: '2026-03-02', previousMarac: { area: 'Leeds', referralDate: '2026-03-03' } },
        'previousMarac.referralDate',
      ],
      [
        'a previous MARAC without an area',
        { previousMarac: { area: ' ', referralDate: '2025-03-03' } },
        'previousMarac.area',
      ],
      [
        'a school for an adult',
        {
          linkedPersons: [
            { person: { givenName: 'A', familyName: 'B' }, role: PersonRole.OTHER, school: 'X' },
          ],
        },
        'linkedPersons.0.school',
      ],
    ])('%s', (_n, over, field) => expect(fieldOf(() => checkReferral(valid(over), TODAY))).toBe(field));

    it("a linked person added later is checked as a referral's (addLinkedPerson: the fields of its input)", () => {
      const adult = { person: { givenName: 'A', familyName: 'B' }, role: PersonRole.OTHER, school: 'X' };
      expect(fieldOf(() => checkLinkedPerson(adult, '', TODAY))).toBe('school');
      expect(fieldOf(() => checkLinkedPerson({ ...adult, school: null, person: {} }, '', TODAY))).toBe(
        'person.givenName',
      );
      expect(checkLinkedPerson({ ...adult, role: PersonRole.CHILD, school: ' X ' }, '', TODAY).school).toBe(
        'X',
      );
    });

    it('defaults the incident to the referral date and keeps safeToCall: false as a contact detail', () => {
      const checked = checkReferral(
        valid({
          referralDate: '2026-03-02',
          subject: { givenName: 'A', familyName: 'B', contact: { safeToCall: false } },
        }),
        TODAY,
      );
      expect(checked.incidentDate).toBe('2026-03-02');
      expect(checked.people[0].contact).toEqual({
        address: null,
        phone: null,
        safeContactNotes: null,
        safeToCall: false,
      });
    });
  });
});
