import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Db, RequestContext, type AppConfig } from '@marac/core';
import { AuthService, CasesIdentityPort, demoEmail } from '@marac/identity';
import { CaseRepository } from './case.repository.js';
import { CaseService } from './case.service.js';
import { DashAnswer, Gender, PersonRole, ReferralCriterion, TriageDecision } from './case.enums.js';
import type { CreateReferralInput } from './dto/case.inputs.js';
import { IdvaEngagement } from './closure.enums.js';
import { IdvaService } from './idva.service.js';
import { RiskGrade, RiskTool } from './risk.js';

const dash = (yes: number): DashAnswer[] => [
  ...Array<DashAnswer>(yes).fill(DashAnswer.YES),
  ...Array<DashAnswer>(24 - yes).fill(DashAnswer.NO),
];

/**
 * Demo cases (fictional people), made through the same service calls a user would make, so that every rule and flag
 * applies: a repeat victim (REPEAT) whose second incident came before a later referral, with her two children as
 * CHILD linked persons, a perpetrator with two victims in a year (REPEAT_PERPETRATOR, SERIAL_PERPETRATOR) who is also a
 * MATAC nominal (CROSS_PANEL), a victim referred to another area's MARAC before (REPEAT naming the area), a restricted
 * case, an HRAP case and an untriaged referral made without the victim's knowledge. Police referrals grade risk with
 * DARA (College of Policing), as most MARAC referrals come from the police (seed 004); others use the DASH RIC.
 */
@Injectable()
export class DemoCasesSeeder {
  private readonly log = new Logger('Seed');

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly cases: CaseService,
    private readonly repository: CaseRepository,
    private readonly identity: CasesIdentityPort,
    private readonly idva: IdvaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    if (!this.config.demoData || this.config.production) return;
    // one process seeds at a time (several API processes may start together)
    await this.db.exclusively(7426003, () => this.seed());
  }

  private async seed(): Promise<void> {
    const job = RequestContext.job('seed-cases');
    const panels = await this.identity.panelsNamed(job, 'Hartlepool ');
    if ((await this.repository.any(job)) || panels.length < 3) return;
    const panel = (kind: string) => panels.find((p) => p.kind === kind)!.id;
    const [coordinator, matacCoordinator, hrapCoordinator, police, referrer] = await Promise.all(
      ['marac.coordinator', 'matac.coordinator', 'hrap.coordinator', 'police.rep', 'referrer'].map((u) =>
        this.auth.contextForEmail(demoEmail(u)),
      ),
    );

    const jane = {
      givenName: 'Jane',
      familyName: 'Demo-Victim',
      dateOfBirth: '1991-02-14',
      gender: Gender.FEMALE,
      nhsNumber: '9434765919',
      isBame: false,
      contact: {
        address: '12 Example Row, Hartlepool',
        phone: '07700 900123',
        safeContactNotes: 'Weekdays 10-12 via IDVA',
        safeToCall: false,
      },
    };
    const children = [
      {
        person: {
          givenName: 'Tom',
          familyName: 'Demo-Victim',
          dateOfBirth: '2016-05-09',
          gender: Gender.MALE,
          nhsNumber: '9434760003',
        },
        role: PersonRole.CHILD,
        relationshipToSubject: 'son',
        relationshipToPerpetrator: 'son',
        school: 'Demo Primary School, Hartlepool',
      },
      {
        person: {
          givenName: 'Ella',
          familyName: 'Demo-Victim',
          dateOfBirth: '2012-10-21',
          gender: Gender.FEMALE,
          nhsNumber: '9434760178',
        },
        role: PersonRole.CHILD,
        relationshipToSubject: 'daughter',
        relationshipToPerpetrator: 'stepdaughter',
        school: 'Demo Academy, Hartlepool',
      },
    ];
    const mark = {
      givenName: 'Mark',
      familyName: 'Demo-Perpetrator',
      dateOfBirth: '1987-07-01',
      gender: Gender.MALE,
      policeNationalId: '87/123456D',
    };
    const kim = {
      givenName: 'Kim',
      familyName: 'Demo-Second',
      dateOfBirth: '1995-11-30',
      gender: Gender.FEMALE,
      lgbt: true,
    };
    const base = (over: Partial<CreateReferralInput>): CreateReferralInput => ({
      panelId: panel('MARAC'),
      subject: jane,
      criteria: [ReferralCriterion.VISIBLE_HIGH_RISK],
      dashAnswers: dash(16),
      riskSummary: 'Demo: escalating controlling behaviour and threats to kill.',
      childrenInHousehold: 2,
      lawfulBasis: 'Crime and Disorder Act 1998 s115 (demo)',
      victimAware: true,
      consentGiven: true,
      victimViews: 'Demo: wants to stay in her home and for the children to stay at their schools.',
      ...over,
    });
    // the police grade risk with DARA (College of Policing) rather than the DASH RIC
    const dara = (riskGrade: RiskGrade): Partial<CreateReferralInput> => ({
      riskTool: RiskTool.DARA,
      riskGrade,
      dashAnswers: null,
    });
    const accept = (ctx: typeof coordinator, caseId: string) =>
      this.cases.triage(ctx, { caseId, decision: TriageDecision.ACCEPT });

    const first = await this.cases.createReferral(
      police,
      base({
        ...dara(RiskGrade.HIGH),
        referralDate: '2025-12-02',
        incidentDate: '2025-11-29',
        linkedPersons: [
          { person: mark, role: PersonRole.PERPETRATOR, relationshipToSubject: 'partner' },
          ...children,
        ],
      }),
    );
    await accept(coordinator, first.id);
    const second = await this.cases.createReferral(
      police,
      base({
        ...dara(RiskGrade.HIGH),
        referralDate: '2026-09-14',
        incidentDate: '2026-09-10',
        victimViews: 'Demo: wants him kept away from the school gates.',
        linkedPersons: [
          {
            person: mark,
            role: PersonRole.PERPETRATOR,
            relationshipToSubject: 'ex-partner',
          },
          ...children,
        ],
      }),
    );
    await accept(coordinator, second.id);
    const other = await this.cases.createReferral(
      police,
      base({
        ...dara(RiskGrade.MEDIUM),
        subject: kim,
        referralDate: '2026-06-20',
        incidentDate: '2026-06-18',
        criteria: [ReferralCriterion.PROFESSIONAL_JUDGEMENT],
        childrenInHousehold: 0,
        consentGiven: false,
        sharedWithoutConsentReason: 'Demo: serious risk of harm; the officer judged sharing proportionate.',
        victimViews: 'Demo: does not want contact with services at home.',
        previousMarac: { area: 'Middlesbrough', referralDate: '2025-10-06', reference: 'MBRO-2025-311' },
        linkedPersons: [
          {
            person: mark,
            role: PersonRole.PERPETRATOR,
            relationshipToSubject: 'partner',
          },
        ],
      }),
    );
    await accept(coordinator, other.id);
    const nominal = await this.cases.createReferral(matacCoordinator, {
      panelId: panel('MATAC'),
      subject: mark,
      criteria: [],
      rfgvScore: 72,
      riskSummary: 'Demo: serial perpetrator nomination.',
      lawfulBasis: 'Policing purposes (demo)',
      referralDate: '2026-07-01',
    });
    await accept(matacCoordinator, nominal.id);
    const restricted = await this.cases.createReferral(
      coordinator,
      base({
        subject: {
          givenName: 'Riley',
          familyName: 'Demo-Restricted',
          dateOfBirth: '1983-03-03',
          gender: Gender.FEMALE,
        },
        referralDate: '2026-10-05',
        incidentDate: '2026-10-01',
        restricted: true,
        riskSummary: 'Demo: perpetrator works for a partner agency.',
      }),
    );
    await accept(coordinator, restricted.id);
    const adult = await this.cases.createReferral(hrapCoordinator, {
      panelId: panel('HRAP'),
      subject: {
        givenName: 'Pat',
        familyName: 'Demo-Adult',
        dateOfBirth: '1970-05-05',
        gender: Gender.MALE,
        disabled: true,
      },
      criteria: [],
      lawfulBasis: 'Care Act 2014 s42 (demo)',
      referralDate: '2026-10-12',
      riskSummary: 'Demo: self-neglect and exploitation.',
    });
    await accept(hrapCoordinator, adult.id);
    await this.cases.createReferral(
      referrer,
      base({
        subject: {
          givenName: 'Sam',
          familyName: 'Demo-New',
          dateOfBirth: '1999-09-09',
          gender: Gender.FEMALE,
        },
        referralDate: '2026-11-20',
        incidentDate: '2026-11-16',
        dashAnswers: dash(14),
        childrenInHousehold: 1,
        victimAware: false,
        victimNotAwareReason:
          'Demo: telling her now would put her at risk; the IDVA will speak to her first.',
        victimViews: null,
      }),
    );
    // the IDVA service's first contacts (it sees MARAC referrals from submission): engaged on the repeat, not yet reached
    const idvaRep = await this.auth.contextForEmail(demoEmail('idva.rep'));
    await this.idva.recordContact(idvaRep, {
      caseId: second.id,
      engagement: IdvaEngagement.ENGAGED,
      note: 'Demo: safety plan started with the IDVA.',
    });
    await this.idva.recordContact(idvaRep, {
      caseId: other.id,
      engagement: IdvaEngagement.UNABLE_TO_CONTACT,
    });
    this.log.log('demo cases created');
  }
}
