import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  APP_CONFIG,
  AgencyKind,
  ConfigError,
  Db,
  GlobalRole,
  PanelKind,
  PanelRole,
  RequestContext,
  type AppConfig,
} from '@marac/core';
import { AuditService } from '@marac/audit';
import { passwordProblem } from './password-policy.js';
import { hashPassword } from './passwords.js';
import { AgencyRepository } from './repositories/agency.repository.js';
import { PanelRepository } from './repositories/panel.repository.js';
import { UserRepository } from './repositories/user.repository.js';

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

/**
 * Start-up data: the bootstrap ADMIN (from configuration) and, when enabled, the Hartlepool demo area.
 * BOOTSTRAP_ADMIN_PASSWORD must pass the password rules (password-policy.ts); the start stops otherwise. The demo
 * password is known to everyone by design (it is printed at start); the demo users are created with it directly, and
 * it passes the rules anyway (zxcvbn score 4).
 */
@Injectable()
export class SeedService {
  private readonly log = new Logger('Seed');

  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly users: UserRepository,
    private readonly agencies: AgencyRepository,
    private readonly panels: PanelRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    const problem = admin && passwordProblem(admin.password, [admin.email]);
    if (problem) throw new ConfigError('BOOTSTRAP_ADMIN_PASSWORD', problem);
    await this.db.tx(RequestContext.job('seed'), async (txCtx) => {
      // one process seeds at a time
      await this.db.query(txCtx, 'SELECT pg_advisory_xact_lock(7426002)');
      await this.bootstrapAdmin(txCtx);
      if (this.config.demoData && !this.config.production) await this.demoData(txCtx);
    });
  }

  private async bootstrapAdmin(txCtx: RequestContext): Promise<void> {
    const admin = this.config.bootstrapAdmin;
    if (!admin) return;
    if (await this.users.anyEnabledAdmin(txCtx)) return;
    const taken = await this.users.idByEmail(txCtx, admin.email);
    if (taken) {
      this.log.warn(
        `BOOTSTRAP_ADMIN_EMAIL belongs to an existing user ${taken} who is not an ADMIN; not changed`,
      );
      return;
    }
    const agencyId = await this.agencies.ensure(txCtx, SYSTEM_AGENCY, AgencyKind.OTHER);
    const id = (await this.users.insert(txCtx, {
      email: admin.email,
      name: 'Administrator',
      agencyId,
      passwordHash: await hashPassword(admin.password),
      globalRoles: [GlobalRole.ADMIN],
    }))!;
    await this.audit.record(txCtx, { action: 'user.bootstrap_admin', entityType: 'User', entityId: id });
    this.log.log(`bootstrap ADMIN created: user ${id}`);
  }

  private async demoData(txCtx: RequestContext): Promise<void> {
    if (await this.users.idByEmail(txCtx, demoEmail('marac.coordinator'))) return;
    const agencies: Record<string, string> = {
      system: await this.agencies.ensure(txCtx, SYSTEM_AGENCY, AgencyKind.OTHER),
    };
    for (const [key, name, kind] of DEMO_AGENCIES)
      agencies[key] = await this.agencies.ensure(txCtx, name, kind);
    const panels: Record<string, string> = {};
    for (const kind of [PanelKind.MARAC, PanelKind.MATAC, PanelKind.HRAP]) {
      const panel = await this.panels.insert(
        txCtx,
        { kind, name: `Hartlepool ${kind}`, area: 'Hartlepool', areaCode: 'HPL' },
        DEMO_AGENCIES.filter(([k]) => k !== 'csp').map(([k]) => agencies[k]),
      );
      panels[kind] = panel.id;
    }
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS) {
      const id = await this.users.insert(
        txCtx,
        {
          email: demoEmail(u.email),
          name: u.name,
          agencyId: agencies[u.agency],
          passwordHash,
          globalRoles: u.roles ?? [],
        },
        true,
      );
      if (!id) continue;
      for (const [panel, role] of u.panels ?? [])
        await this.panels.addMembership(txCtx, panels[panel], id, role);
    }
    await this.audit.record(txCtx, { action: 'demo.seed', entityType: 'System' });
    this.log.log('demo data created (Hartlepool area)');
  }
}
