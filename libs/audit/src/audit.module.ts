import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { RequestAuditPlugin } from './request-audit.plugin.js';

/** The audit trail; `RequestAuditPlugin` is found by the Apollo driver (`@Plugin()`) and writes each request's event. */
@Global()
@Module({
  providers: [AuditRepository, AuditService, AuditResolver, RequestAuditPlugin],
  exports: [AuditService],
})
export class AuditModule {}
