export * from './meetings.module.js';
export * from './meeting.service.js';
export * from './meeting.enums.js';
export * from './models/meeting.model.js';
export * from './agenda-order.js';
export * from './demo-meetings.seed.js';
