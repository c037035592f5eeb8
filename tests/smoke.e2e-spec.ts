import { startTestApp, type TestApp } from './support/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('logs in and reads me', async () => {
  const r = await t.as('admin')('{ me { email globalRoles } }');
  expect(r.data?.me).toEqual({ email: 'admin@demo.marac.local', globalRoles: ['ADMIN'] });
});
