import type { INestApplicationContext } from '@nestjs/common';
import { ActionCategory, ActionRepository, ActionService, ActionStatus } from '@marac/actions';
import {
  CaseService,
  DashAnswer,
  Gender,
  PersonRole,
  ReferralCriterion,
  RejectionReason,
  TriageDecision,
} from '@marac/cases';
import { APP_CONFIG, londonToday, RequestContext, type AppConfig } from '@marac/core';
import { AuthService, demoEmail, PanelService } from '@marac/identity';
import { OutboxRepository } from '@marac/notifications';
import { AgendaService, AttendanceStatus, MeetingConductService, MeetingService } from '@marac/meetings';

/** A small deterministic pseudo-random generator (mulberry32), so every new install sees the same history. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
  };
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const dash = (yes: number): DashAnswer[] =>
  Array.from({ length: 24 }, (_, i) => (i < yes ? DashAnswer.YES : DashAnswer.NO));
const GIVEN = [
  'Amy',
  'Beth',
  'Cara',
  'Dana',
  'Ella',
  'Faye',
  'Gina',
  'Hana',
  'Iris',
  'Jade',
  'Kate',
  'Lena',
  'Mia',
  'Nora',
  'Ola',
  'Pia',
];

/**
 * Two years of the demo MARAC, made through the services a coordinator uses (so every rule and flag applies): monthly
 * meetings, referrals mostly from the police, some repeat victims and perpetrators, research-free hearings with
 * minutes, attendance and actions, so that a new user sees real-looking strategic figures. Fictional people only.
 */
export async function seedDemoHistory(app: INestApplicationContext): Promise<void> {
  const config = app.get<AppConfig>(APP_CONFIG);
  if (!config.demoData || config.production) return;
  const auth = app.get(AuthService);
  const job = RequestContext.job('demo-history');
  const panel = (await app.get(PanelService).list(job)).find((p) => p.name === 'Hartlepool MARAC');
  if (!panel) return;

  const cases = app.get(CaseService);
  const meetings = app.get(MeetingService);
  const agendas = app.get(AgendaService);
  const conduct = app.get(MeetingConductService);
  const actions = app.get(ActionService);
  const actionRows = app.get(ActionRepository);
  const as = (local: string) => auth.contextForEmail(demoEmail(local));
  const coordinator = await as('marac.coordinator');
  const chair = await as('marac.chair');
  // idempotent: the history is there once the panel has a concluded meeting
  const past = await meetings.list(coordinator, panel.id, null, new Date(), 500);
  if (past.some((m) => m.status === 'CONCLUDED')) return;
  const referrers: [RequestContext, number][] = [
    [await as('police.rep'), 0.7],
    [await as('idva.rep'), 0.1],
    [await as('csc.rep'), 0.05],
    [await as('housing.rep'), 0.05],
    [await as('referrer'), 0.1],
  ];
  const agencies = await app.get(PanelService).memberAgencies(job, panel.id);
  const agency = (kind: string) => agencies.find((a) => a.kind === kind)!.id;
  const outbox = app.get(OutboxRepository);
  const lastOutbox = await outbox.lastId(job);
  const rnd = random(2026);
  // the actions' categories and completion days come from their own generator, so the rest of the history is as before
  const when = random(11);
  const CATEGORIES = Object.values(ActionCategory);
  const today = londonToday();
  const victims: { nhs: string; since: string; pnc: string }[] = [];
  const perpetrators: string[] = [];
  let serial = 0;

  for (let month = 0; month < 24; month++) {
    const start = new Date(Date.UTC(2024, 10 + month, 12, 10, 0, 0));
    const meetingDate = start.toISOString().slice(0, 10);
    if (meetingDate >= today) break;
    const heard: string[] = [];
    for (let k = rnd.int(7, 11); k > 0; k--) {
      const referralDate = addDays(meetingDate, -rnd.int(4, 30));
      const recent = victims.filter((v) => v.since >= addDays(referralDate, -330));
      const repeatOf = recent.length && rnd.chance(0.22) ? recent[rnd.int(0, recent.length - 1)] : null;
      const nhs = repeatOf?.nhs ?? nhsNumber(++serial);
      // a repeat is abuse by the same perpetrator (SafeLives); now and then a new partner (a POSSIBLE_REPEAT hint)
      const pnc =
        repeatOf && rnd.chance(0.85)
          ? repeatOf.pnc
          : perpetrators.length && rnd.chance(0.1)
            ? perpetrators[rnd.int(0, perpetrators.length - 1)]
            : `90/${String(100000 + serial).slice(-6)}H`;
      if (!repeatOf) victims.push({ nhs, since: referralDate, pnc });
      if (!perpetrators.includes(pnc)) perpetrators.push(pnc);
      let pick = rnd.next();
      const [referrer] = referrers.find(([, p]) => (pick -= p) < 0) ?? referrers[0];
      const c = await cases.createReferral(referrer, {
        panelId: panel.id,
        subject: {
          givenName: GIVEN[serial % GIVEN.length],
          familyName: `Demo-History-${serial}`,
          dateOfBirth: `${rnd.int(1965, 2004)}-0${rnd.int(1, 9)}-1${rnd.int(0, 9)}`,
          gender: rnd.chance(0.05) ? Gender.MALE : Gender.FEMALE,
          isBame: rnd.chance(0.13),
          lgbt: rnd.chance(0.04),
          disabled: rnd.chance(0.1),
          nhsNumber: nhs,
        },
        linkedPersons: [
          {
            person: {
              policeNationalId: pnc,
              givenName: 'Demo',
              familyName: `Perpetrator-${pnc.slice(3, 9)}`,
              gender: Gender.MALE,
            },
            role: PersonRole.PERPETRATOR,
          },
        ],
        referralDate,
        criteria: [ReferralCriterion.VISIBLE_HIGH_RISK],
        dashAnswers: dash(rnd.int(14, 22)),
        childrenInHousehold: rnd.int(0, 3),
        riskSummary: 'Demo history case.',
        lawfulBasis: 'Crime and Disorder Act 1998 s115 (demo)',
      });
      if (rnd.chance(0.05)) {
        await cases.triage(coordinator, {
          caseId: c.id,
          decision: TriageDecision.REJECT,
          rejectionReason: RejectionReason.NOT_ELIGIBLE,
          reason: 'Demo: criteria not met',
        });
        continue;
      }
      await cases.triage(coordinator, { caseId: c.id, decision: TriageDecision.ACCEPT });
      heard.push(c.id);
    }
    const m = await meetings.schedule(coordinator, {
      panelId: panel.id,
      startsAt: start,
      location: 'Hartlepool Civic Centre',
      capacity: 25,
    });
    const items = [];
    for (const caseId of heard) items.push(await agendas.addCase(coordinator, m.id, caseId));
    await agendas.publish(coordinator, m.id);
    for (const kind of ['POLICE', 'IDVA', 'HOUSING', 'CHILDRENS_SOCIAL_CARE']) {
      const status = rnd.chance(0.85) ? AttendanceStatus.PRESENT : AttendanceStatus.APOLOGIES;
      await conduct.recordAttendance(coordinator, { meetingId: m.id, agencyId: agency(kind), status });
    }
    for (const item of items) {
      await conduct.recordMinutes(chair, item.id, 'Demo: safety plan agreed.');
      for (let n = rnd.int(1, 2); n > 0; n--) {
        const owner = ['POLICE', 'IDVA', 'HOUSING'][rnd.int(0, 2)];
        const dueDate = addDays(meetingDate, rnd.int(14, 42));
        const past = dueDate < today;
        // the services take due dates from today on: a past one is created due today and dated back below
        const a = await actions.create(chair, {
          caseId: item.caseId,
          agendaItemId: item.id,
          description: 'Demo history action',
          ownerAgencyId: agency(owner),
          dueDate: past ? today : dueDate,
          category: CATEGORIES[when.int(0, CATEGORIES.length - 1)],
        });
        let completedOn: string | null = null;
        if (past && rnd.chance(0.85)) {
          const status = rnd.chance(0.95) ? ActionStatus.DONE : ActionStatus.CANCELLED;
          await actions.update(chair, {
            actionId: a.id,
            status,
            note: 'Demo: completed',
            expectedVersion: 1,
          });
          // mostly done in the days before the due date, now and then a week or two late (never after yesterday)
          completedOn = when.chance(0.9)
            ? addDays(dueDate, -when.int(0, 10))
            : addDays(dueDate, when.int(1, 14));
          if (completedOn >= today) completedOn = addDays(today, -1);
        }
        if (past)
          await actionRows.backdateForSeed(job.system(), a.id, {
            createdAt: start,
            dueDate,
            completedAt: completedOn ? new Date(`${completedOn}T15:00:00Z`) : null,
          });
      }
    }
    await conduct.conclude(chair, m.id);
  }
  // back-filled history does not e-mail anyone about events long past
  await outbox.discardAfter(job, lastOutbox);
}

/** A valid NHS number (modulus 11) from a serial, in a range no real person has (starting 999). */
function nhsNumber(serial: number): string {
  for (let k = serial * 13; ; k++) {
    const nine = `999${String(k % 1000000).padStart(6, '0')}`;
    const sum = [...nine].reduce((acc, d, i) => acc + Number(d) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check !== 10) return nine + String(check === 11 ? 0 : check);
  }
}
