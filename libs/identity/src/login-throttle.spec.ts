import { backoffSeconds, clientKey, emailKey } from './login-throttle.js';

describe('sign-in throttling rules', () => {
  it('the e-mail back-off starts at the 10th failure with 5 s, doubles, and stops at 5 minutes', () => {
    expect([1, 5, 9].map(backoffSeconds)).toEqual([0, 0, 0]);
    expect([10, 11, 12, 13, 14, 15, 16, 17, 100, 1e6].map(backoffSeconds)).toEqual([
      5, 10, 20, 40, 80, 160, 300, 300, 300, 300,
    ]);
  });

  it('e-mails are trimmed and lower-cased', () => {
    expect(emailKey('  Police.Rep@DEMO.marac.local ')).toBe('police.rep@demo.marac.local');
  });

  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:DB8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['', 'unknown'],
    [undefined, 'unknown'],
    ['not an address', 'unknown'],
  ])('client address %s counts as %s', (ip, key) => {
    expect(clientKey(ip)).toBe(key);
  });
});
