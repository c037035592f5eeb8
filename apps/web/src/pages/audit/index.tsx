/** /audit: the audit trail with its filters (AUDITOR). */
export { default } from './Audit.js';
