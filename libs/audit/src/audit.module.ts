import { Global, Module } from '@nestjs/common';
import { HTTP_REFUSAL_RECORDER } from '@marac/core';
import { HttpRequestAudit } from './http-request-audit.interceptor.js';
import { AuditRepository } from './audit.repository.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditSealer } from './audit-sealer.service.js';
import { AuditService } from './audit.service.js';
import { RequestAuditPlugin } from './request-audit.plugin.js';

/**
 * The audit trail; `AuditSealer` chains it (run by the dispatcher's tick: libs/notifications/src/audit.port.ts);
 * `RequestAuditPlugin` is found by the Apollo driver (`@Plugin()`) and writes each request's event.
 */
@Global()
@Module({
  providers: [
    AuditRepository,
    AuditService,
    AuditSealer,
    AuditResolver,
    RequestAuditPlugin,
    HttpRequestAudit,
    { provide: HTTP_REFUSAL_RECORDER, useExisting: HttpRequestAudit },
  ],
  exports: [AuditService, AuditSealer, HttpRequestAudit, HTTP_REFUSAL_RECORDER],
})
export class AuditModule {}
