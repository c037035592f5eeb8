import { passwordProblem } from './password-policy.js';

describe('passwordProblem (NIST 800-63B style)', () => {
  it.each([
    ['12 spaces', ' '.repeat(12)],
    ['tabs and zero-width spaces', '\t\u200b'.repeat(8)],
    ['password1234', 'password1234'],
    ['P@ssw0rd12345', 'P@ssw0rd12345'],
    ['qwertyuiop123', 'qwertyuiop123'],
    ['iloveyou1234', 'iloveyou1234'],
    ['too short', 'Xk#9v!q2'],
    ['too long', 'x'.repeat(129)],
  ])('refuses %s', (_name, password) => {
    expect(passwordProblem(password)).not.toBeNull();
  });

  it.each([
    'correct horse battery staple',
    'demo-password-2026',
    'an audited password 2026',
    'another-long-password',
  ])('accepts %s', (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it("counts the user's own e-mail and name as guessable", () => {
    expect(passwordProblem('jacqueline.featherstonehaugh')).toBeNull();
    expect(
      passwordProblem('jacqueline.featherstonehaugh', [
        'jacqueline.featherstonehaugh@example.test',
        'Jacqueline Featherstonehaugh',
      ]),
    ).not.toBeNull();
  });

  it('counts characters, not bytes', () => {
    expect(passwordProblem('ééééé')).toMatch(/at least 12/);
  });
});
