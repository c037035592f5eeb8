import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  AgencyKind,
  Db,
  GlobalRole,
  PanelKind,
  PanelRole,
  RequestContext,
  type AppConfig,
} from '@marac/core';
import { AuditService } from '@marac/audit';
import { hashPassword } from './auth.service.js';

export const SYSTEM_AGENCY = 'System administration';
export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_DOMAIN = 'demo.marac.local';

const DEMO_AGENCIES: [key: string, name: string, kind: AgencyKind][] = [
  ['police', 'Cleveland Police (Hartlepool)', AgencyKind.POLICE],
  ['idva', 'Harbour IDVA Service', AgencyKind.IDVA],
  ['csc', "Hartlepool Children's Social Care", AgencyKind.CHILDRENS_SOCIAL_CARE],
  ['asc', 'Hartlepool Adult Social Care', AgencyKind.ADULT_SOCIAL_CARE],
  ['health', 'North Tees and Hartlepool NHS Trust', AgencyKind.HEALTH],
  ['mh', 'Tees, Esk and Wear Valleys Mental Health', AgencyKind.MENTAL_HEALTH],
  ['housing', 'Hartlepool Housing', AgencyKind.HOUSING],
  ['probation', 'Probation Service (Hartlepool)', AgencyKind.PROBATION],
  ['education', 'Hartlepool Education', AgencyKind.EDUCATION],
  ['substance', 'Hartlepool Substance Misuse Service', AgencyKind.SUBSTANCE_MISUSE],
  ['da', 'Harbour Specialist Domestic Abuse Service', AgencyKind.SPECIALIST_DA_SERVICE],
  ['csp', 'Safer Hartlepool Partnership', AgencyKind.OTHER],
];

type DemoUser = {
  email: string;
  name: string;
  agency: string;
  roles?: GlobalRole[];
  panels?: [string, PanelRole][];
};
const { COORDINATOR, CHAIR, AGENCY_REP } = PanelRole;
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin', name: 'Demo Administrator', agency: 'system', roles: [GlobalRole.ADMIN] },
  { email: 'marac.coordinator', name: 'MARAC Coordinator', agency: 'csp', panels: [['MARAC', COORDINATOR]] },
  { email: 'marac.chair', name: 'MARAC Chair', agency: 'police', panels: [['MARAC', CHAIR]] },
  {
    email: 'matac.coordinator',
    name: 'MATAC Coordinator',
    agency: 'police',
    panels: [['MATAC', COORDINATOR]],
  },
  { email: 'matac.chair', name: 'MATAC Chair', agency: 'police', panels: [['MATAC', CHAIR]] },
  { email: 'hrap.coordinator', name: 'HRAP Coordinator', agency: 'asc', panels: [['HRAP', COORDINATOR]] },
  { email: 'hrap.chair', name: 'HRAP Chair', agency: 'asc', panels: [['HRAP', CHAIR]] },
  {
    email: 'police.rep',
    name: 'Police Representative',
    agency: 'police',
    panels: [
      ['MARAC', AGENCY_REP],
      ['MATAC', AGENCY_REP],
      ['HRAP', AGENCY_REP],
    ],
  },
  {
    email: 'idva.rep',
    name: 'IDVA Representative',
    agency: 'idva',
    panels: [
      ['MARAC', AGENCY_REP],
      ['HRAP', AGENCY_REP],
    ],
  },
  {
    email: 'csc.rep',
    name: "Children's Social Care Representative",
    agency: 'csc',
    panels: [['MARAC', AGENCY_REP]],
  },
  {
    email: 'housing.rep',
    name: 'Housing Representative',
    agency: 'housing',
    panels: [
      ['MARAC', AGENCY_REP],
      ['HRAP', AGENCY_REP],
    ],
  },
  { email: 'referrer', name: 'Demo Referrer (GP)', agency: 'health', roles: [GlobalRole.REFERRER] },
  { email: 'strategic', name: 'Strategic Analyst', agency: 'csp', roles: [GlobalRole.STRATEGIC] },
  { email: 'auditor', name: 'Data Protection Officer', agency: 'system', roles: [GlobalRole.AUDITOR] },
];
export const demoEmail = (local: string) => `${local}@${DEMO_DOMAIN}`;

/** Start-up data: the bootstrap ADMIN (from configuration) and, when enabled, the Hartlepool demo area. */
@Injectable()
export class SeedService {
  private readonly log = new Logger('Seed');

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    await this.db.tx(async (em) => {
      // one process seeds at a time
      await em.query('SELECT pg_advisory_xact_lock(7426002)');
      await this.bootstrapAdmin(em);
      if (this.config.demoData && !this.config.production) await this.demoData(em);
    });
  }

  private async systemAgency(em: import('typeorm').EntityManager): Promise<string> {
    const [found] = await em.query('SELECT id FROM agency WHERE lower(name) = lower($1)', [SYSTEM_AGENCY]);
    if (found) return found.id;
    const [created] = await em.query('INSERT INTO agency (name, kind) VALUES ($1, $2) RETURNING id', [
      SYSTEM_AGENCY,
      AgencyKind.OTHER,
    ]);
    return created.id;
  }

  private async bootstrapAdmin(em: import('typeorm').EntityManager): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (!admin) return;
    const [anyAdmin] = await em.query(
      `SELECT 1 FROM app_user WHERE 'ADMIN' = ANY(global_roles) AND NOT disabled`,
    );
    if (anyAdmin) return;
    const [taken] = await em.query('SELECT id FROM app_user WHERE lower(email) = lower($1)', [admin.email]);
    if (taken) {
      this.log.warn(
        `BOOTSTRAP_ADMIN_EMAIL belongs to an existing user ${taken.id} who is not an ADMIN; not changed`,
      );
      return;
    }
    const agencyId = await this.systemAgency(em);
    const [user] = await em.query(
      `INSERT INTO app_user (email, name, agency_id, password_hash, global_roles) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [admin.email, 'Administrator', agencyId, await hashPassword(admin.password), [GlobalRole.ADMIN]],
    );
    await this.audit.record(em, RequestContext.job('seed'), {
      action: 'user.bootstrap_admin',
      entityType: 'User',
      entityId: user.id,
    });
    this.log.log(`bootstrap ADMIN created: user ${user.id}`);
  }

  private async demoData(em: import('typeorm').EntityManager): Promise<void> {
    const [done] = await em.query('SELECT 1 FROM app_user WHERE lower(email) = $1', [
      demoEmail('marac.coordinator'),
    ]);
    if (done) return;
    const agencies: Record<string, string> = { system: await this.systemAgency(em) };
    for (const [key, name, kind] of DEMO_AGENCIES) {
      const [row] = await em.query(
        `INSERT INTO agency (name, kind) VALUES ($1, $2)
         ON CONFLICT (lower(name)) DO UPDATE SET name = EXCLUDED.name RETURNING id`,
        [name, kind],
      );
      agencies[key] = row.id;
    }
    const panels: Record<string, string> = {};
    for (const kind of [PanelKind.MARAC, PanelKind.MATAC, PanelKind.HRAP]) {
      const [row] = await em.query(
        `INSERT INTO panel (kind, name, area, area_code) VALUES ($1, $2, 'Hartlepool', 'HPL') RETURNING id`,
        [kind, `Hartlepool ${kind}`],
      );
      panels[kind] = row.id;
      await em.query(`INSERT INTO panel_member_agency (panel_id, agency_id) SELECT $1, unnest($2::uuid[])`, [
        row.id,
        DEMO_AGENCIES.filter(([k]) => k !== 'csp').map(([k]) => agencies[k]),
      ]);
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      const [row] = await em.query(
        `INSERT INTO app_user (email, name, agency_id, password_hash, global_roles) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (lower(email)) DO NOTHING RETURNING id`,
        [demoEmail(u.email), u.name, agencies[u.agency], passwordHash, u.roles ?? []],
      );
      if (!row) continue;
      for (const [panel, role] of u.panels ?? []) {
        await em.query('INSERT INTO panel_membership (panel_id, user_id, role) VALUES ($1, $2, $3)', [
          panels[panel],
          row.id,
          role,
        ]);
      }
    }
    await this.audit.record(em, RequestContext.job('seed'), { action: 'demo.seed', entityType: 'System' });
    this.log.log('demo data created (Hartlepool area)');
  }
}
