export * from './ability.factory.js';
export * from './policy.table.js';
export * from './sql-conditions.js';
export * from './access.guard.js';
export * from './http-routes.js';
