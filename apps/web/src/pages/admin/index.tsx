/** /admin: agencies, users, panels, memberships, panel settings and failed e-mails (ADMIN). */
export { default } from './Admin.js';
