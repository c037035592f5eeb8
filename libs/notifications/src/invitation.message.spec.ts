import { invitation } from './invitation.message.js';

describe('invitation e-mail', () => {
  it('carries the one-time link and its validity, nothing else about the user', () => {
    const m = invitation({ link: 'https://marac.example/set-password?token=abc', validHours: 48 });
    expect(m.body).toContain('https://marac.example/set-password?token=abc');
    expect(m.body).toContain('48 hours');
    expect(m.subject).not.toMatch(/@/);
    expect(m.body.replace('https://marac.example/set-password?token=abc', '')).not.toMatch(/@|token=/);
  });
});
