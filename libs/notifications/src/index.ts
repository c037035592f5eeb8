export * from './notifications.module.js';
export * from './outbox.service.js';
export * from './dispatcher.service.js';
export * from './reminder.service.js';
export * from './mail-transport.js';
export * from './messages.js';
export * from './invitation.message.js';
