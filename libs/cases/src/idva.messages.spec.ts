import { referralArrived } from './idva.messages.js';

describe('referralArrived', () => {
  it('carries the reference and the link only', () => {
    const m = referralArrived({ reference: 'MARAC-HPL-2026-0084', link: 'https://marac.example/cases/abc' });
    expect(m.subject).toBe('New MARAC referral MARAC-HPL-2026-0084');
    expect(m.body).toContain('MARAC-HPL-2026-0084');
    expect(m.body).toContain('https://marac.example/cases/abc');
    expect(m.body).toContain('This message contains no personal data');
  });
});
