export * from './audit.service.js';
export * from './audit.module.js';
export * from './audit-event.model.js';
export * from './request-audit.plugin.js';
export * from './http-request-audit.interceptor.js';
export * from './import.port.js';
export * from './audit-sealer.service.js';
export type { AuditVerification } from './audit.repository.js';
