import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AUTHENTICATOR } from '@marac/access';
import { RECIPIENT_DIRECTORY } from '@marac/notifications';
import { AgencyService } from './agency.service.js';
import { CasesIdentityPort } from './cases.port.js';
import { IdentityPrimePort } from './perf.port.js';
import { LoginThrottleGuard } from './login-throttle.guard.js';
import { AuthService } from './auth.service.js';
import { Agency } from './entities/agency.entity.js';
import { Panel, PanelMemberAgency, PanelMembership } from './entities/panel.entity.js';
import { User } from './entities/user.entity.js';
import {
  AgencyResolver,
  AuthResolver,
  PanelMembershipResolver,
  PanelResolver,
  UserResolver,
} from './identity.resolvers.js';
import { IdentityNotificationsPort } from './notifications.port.js';
import { PanelService } from './panel.service.js';
import { PasswordService } from './password.service.js';
import { AgencyRepository } from './repositories/agency.repository.js';
import { LoginThrottleRepository } from './repositories/login-throttle.repository.js';
import { PanelRepository } from './repositories/panel.repository.js';
import { PasswordTokenRepository } from './repositories/password-token.repository.js';
import { SessionRepository } from './repositories/session.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { SeedService } from './seed.service.js';
import { UserService } from './user.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Agency, User, Panel, PanelMemberAgency, PanelMembership])],
  providers: [
    AgencyRepository,
    UserRepository,
    SessionRepository,
    PanelRepository,
    LoginThrottleRepository,
    PasswordTokenRepository,
    LoginThrottleGuard,
    AuthService,
    { provide: AUTHENTICATOR, useExisting: AuthService },
    AgencyService,
    UserService,
    PanelService,
    PasswordService,
    SeedService,
    { provide: RECIPIENT_DIRECTORY, useClass: IdentityNotificationsPort },
    AuthResolver,
    AgencyResolver,
    UserResolver,
    PanelResolver,
    PanelMembershipResolver,
    CasesIdentityPort,
    IdentityPrimePort,
  ],
  exports: [
    AUTHENTICATOR,
    AuthService,
    AgencyService,
    UserService,
    PanelService,
    SeedService,
    CasesIdentityPort,
    IdentityPrimePort,
  ],
})
export class IdentityModule {}
