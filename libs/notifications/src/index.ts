export * from './notifications.module.js';
export * from './outbox.service.js';
export * from './outbox.repository.js';
export * from './recipients.js';
export * from './dispatcher.service.js';
export * from './mail-transport.js';
export * from './messages.js';
export * from './invitation.message.js';
