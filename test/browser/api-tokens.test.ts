// Browser check of the API tokens section: a manager opens their account from their name in the
// header, sees the token they made (never its secret) and revokes it; the token is refused at once.
// Then an administrator sees and revokes a manager's token from the user's drawer.
import { request } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { manager, screenshotDir, signIn, startJourney, stopJourney, userMenu, type Journey } from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const T = fr.apiTokens;

describe('API tokens in the cockpit', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;

  /** Makes a token for `user` through the API, in a context of its own; returns its secret. */
  const tokenFor = async (user: { email: string; password: string }, name: string) => {
    const api = await request.newContext({ baseURL: journey!.server.baseUrl });
    try {
      expect((await api.post('/api/v1/auth/login', { data: { email: user.email, password: user.password } })).status()).toBe(200);
      const created = await api.post('/api/v1/tokens', { data: { name, days: 30 } });
      expect(created.status(), await created.text()).toBe(201);
      return ((await created.json()) as { token: string }).token;
    } finally {
      await api.dispose();
    }
  };
  const meWith = async (secret: string) => {
    const api = await request.newContext({ baseURL: journey!.server.baseUrl, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
    try {
      return (await api.get('/api/v1/me')).status();
    } finally {
      await api.dispose();
    }
  };
  const revokeIn = async (name: string) => {
    const section = page().getByTestId('api-tokens');
    await section.getByRole('button', { name: T.revokeNamed.replace('{{name}}', name) }).click();
    await page().getByRole('dialog').getByRole('button', { name: T.revokeConfirm, exact: true }).click();
    await expect.poll(() => section.getByRole('row', { name: new RegExp(name) }).textContent()).toContain('Révoqué le');
  };

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && journey) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await journey.page.screenshot({ path: `${screenshotDir}failed-api-tokens-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(journey?.pageErrors ?? [], 'errors thrown in the page').toEqual([]);
  });
  afterAll(() => stopJourney(journey));

  it('when a manager opens their account, then they see their token without its secret and revoke it', async () => {
    const secret = await tokenFor(manager, 'export compta');
    await signIn(page(), manager);
    await userMenu(page(), fr.account.title);
    await page().getByRole('heading', { name: fr.account.title }).waitFor();
    const section = page().getByTestId('api-tokens');
    await section.getByRole('heading', { name: T.title }).waitFor();
    const row = section.getByRole('row', { name: /export compta/ });
    await expect.poll(() => row.textContent()).toContain(T.active);
    expect(await row.textContent()).toContain(secret.slice(0, 10));
    expect(await section.textContent()).not.toContain(secret);
    expect(await meWith(secret)).toBe(200);
    await revokeIn('export compta');
    expect(await meWith(secret)).toBe(401);
  });

  it('when an administrator opens a user, then they see that user\u2019s tokens and revoke one', async () => {
    const secret = await tokenFor(manager, 'intégration GMAO');
    await page().context().clearCookies();
    await signIn(page(), admin);
    await page().goto('/admin/users');
    await page().getByRole('button', { name: new RegExp(manager.name) }).first().click();
    await page().getByTestId('api-tokens').getByRole('row', { name: /intégration GMAO/ }).waitFor();
    await revokeIn('intégration GMAO');
    expect(await meWith(secret)).toBe(401);
  });
});
