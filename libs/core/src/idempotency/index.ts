export * from './idempotency.interceptor.js';
export * from './idempotency.repository.js';
