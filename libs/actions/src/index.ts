export * from './actions.module.js';
export * from './action.service.js';
export * from './action.repository.js';
export * from './action.enums.js';
export * from './overdue.js';
export * from './reminder.service.js';
export * from './models/action.model.js';
export * from './demo-actions.seed.js';
