// Browser journey: a staff member signs in, sees the cockpit, switches language, signs out.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.ts';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { startTestServer } from '../support/server.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumFound = existsSync(chromiumPath);
const screenshotDir = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));

const manager = { email: 'manager@demo.gardien.test', password: 'gardien-demo' };


interface MeAnswer {
  user: { name: string; email: string; roles: string[] };
  organization: { name: string };
}

describe('signing in to the cockpit', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];

  beforeAll(async () => {
    if (!chromiumFound) {
      throw new Error(`The browser journeys need Chromium (apt-get install chromium, or set CHROMIUM_PATH): there is none at ${chromiumPath}.`);
    }
    await mkdir(screenshotDir, { recursive: true });
    await buildWeb({ ifStale: true }); // the server serves web/dist: make sure it is current
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000); // fail a step well before the test's own timeout
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  });

  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && page) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await page.screenshot({ path: `${screenshotDir}failed-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(pageErrors, 'errors thrown in the page').toEqual([]);
    expect(policyViolations, 'what the Content-Security-Policy blocked').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('when a visitor opens Gardien, then the sign-in page speaks French', async () => {
    await page.goto('/');

    await expect.poll(() => page.getByRole('button', { name: fr.login.submit }).isVisible()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('textbox', { name: fr.login.email, exact: true }).waitFor();
    await page.getByRole('textbox', { name: fr.login.password, exact: true }).waitFor();
    await page.screenshot({ path: `${screenshotDir}login.png`, fullPage: true });
  });

  it('when the password is wrong, then an alert says the credentials are invalid', async () => {
    await page.getByRole('textbox', { name: fr.login.email, exact: true }).fill(manager.email);
    await page.getByRole('textbox', { name: fr.login.password, exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: fr.login.submit }).click();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(fr.errors.invalid_credentials);
    expect(await page.getByTestId('current-user').count()).toBe(0);
  });

  it("when the password is right, then the cockpit shows the user, the organization, the role and the demo agency's tickets", async () => {
    await page.getByRole('textbox', { name: fr.login.password, exact: true }).fill(manager.password);
    await page.getByRole('button', { name: fr.login.submit }).click();

    const currentUser = page.getByTestId('current-user');
    await currentUser.waitFor();
    const meResponse = await page.request.get('/api/v1/me');
    expect(meResponse.status()).toBe(200);
    const me = (await meResponse.json()) as MeAnswer;
    expect(me.user.email).toBe(manager.email);
    expect(me.user.roles).toContain('manager');

    expect(await currentUser.textContent()).toContain(me.user.name);
    expect(await page.getByTestId('current-organization').textContent()).toBe(me.organization.name);
    expect(await page.getByTestId('current-roles').textContent()).toContain(fr.roles.manager);
    // The list loads after the cockpit (its own chunk, then the API): wait for its answer. The
    // demo agency comes with its tickets: a newcomer's first screen is not an empty list.
    await page.getByRole('main').locator('tr[data-ticket]').first().waitFor();
    expect(await page.getByRole('main').getByText(fr.tickets.empty).count()).toBe(0);
    await currentUser.click();
    await page.getByRole('menuitem', { name: fr.shell.signOut }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await page.screenshot({ path: `${screenshotDir}cockpit.png`, fullPage: true });
  });

  it('when the user picks English, then the cockpit speaks English', async () => {
    await page.getByRole('button', { name: /^Langue/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();

    await page.getByRole('navigation').getByRole('link', { name: en.nav.pending }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('main').getByRole('columnheader', { name: en.list.columns.created, exact: true }).waitFor();
    expect(await page.getByTestId('current-roles').textContent()).toContain(en.roles.manager);
  });

  it('when the page is reloaded, then English and the session are kept', async () => {
    await page.reload();

    await page.getByRole('navigation').getByRole('link', { name: en.nav.pending }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByTestId('current-user').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('gardien.lang'))).toBe('en');
  });

  it('when the session expires, then the sign-in page says so, and signing in again returns to the same screen', async () => {
    const listed = page.waitForResponse((response) => response.url().includes('/api/v1/tickets?') && response.url().includes('PENDING'));
    await page.getByRole('navigation').getByRole('link', { name: en.nav.pending }).click();
    await listed;
    await page.getByRole('heading', { name: en.list.pendingTitle }).waitFor();
    // The list's own follow-up calls done first: the 401 that says "expired" must be the click's.
    await page.waitForLoadState('networkidle');
    // The server forgets the session (idle or absolute expiry): here its cookie goes.
    await context.clearCookies();
    await page.getByRole('navigation').getByRole('link', { name: en.nav.newTicket }).click();
    const notice = page.getByTestId('session-expired');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(en.login.sessionExpired);
    expect(new URL(page.url()).pathname).toBe('/tickets/new');
    await page.getByRole('textbox', { name: en.login.email, exact: true }).fill(manager.email);
    await page.getByRole('textbox', { name: en.login.password, exact: true }).fill(manager.password);
    await page.getByRole('button', { name: en.login.submit }).click();
    await page.getByTestId('current-user').waitFor();
    expect(new URL(page.url()).pathname).toBe('/tickets/new');
    expect(await page.getByTestId('session-expired').count()).toBe(0);

    // The next morning: the page is reloaded on an expired session; in French too.
    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitem', { name: 'Français' }).click();
    await page.getByRole('button', { name: /^Langue/ }).waitFor();
    await context.clearCookies();
    await page.reload();
    await notice.waitFor();
    expect(await notice.textContent()).toBe(fr.login.sessionExpired);
    await page.getByRole('textbox', { name: fr.login.email, exact: true }).fill(manager.email);
    await page.getByRole('textbox', { name: fr.login.password, exact: true }).fill(manager.password);
    await page.getByRole('button', { name: fr.login.submit }).click();
    await page.getByTestId('current-user').waitFor();
    expect(new URL(page.url()).pathname).toBe('/tickets/new');
    await page.getByRole('button', { name: /^Langue/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: /^Language/ }).waitFor();
  });

  it('when the user signs out, then the sign-in page returns and the session is gone', async () => {
    await page.getByTestId('current-user').click();
    await page.getByRole('menuitem', { name: en.shell.signOut }).click();

    await page.getByRole('button', { name: en.login.submit }).waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);
    const meResponse = await page.request.get('/api/v1/me');
    expect(meResponse.status()).toBe(401);
    expect(((await meResponse.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
    // Signed out on purpose: nothing expired.
    await page.reload();
    await page.getByRole('button', { name: en.login.submit }).waitFor();
    expect(await page.getByTestId('session-expired').count()).toBe(0);
  });
});
