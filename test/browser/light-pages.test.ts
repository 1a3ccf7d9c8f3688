// The pages opened on a phone stay light (bench/lighthouse.ts measures them): a party's page and
// the sign-in page load neither Mantine nor the cockpit, and little JavaScript; a party's page
// reads its view once, while its scripts download; signing in from any address opens the
// cockpit there.
import { gzipSync } from 'node:zlib';
import { request as playwrightRequest, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, manager, startJourney, stopJourney, type Journey } from './journey-support.ts';

/** JavaScript budgets, gzipped: the cockpit's first screen is some 250 KB, these pages under half. */
const EXCHANGE_JS_KB = 110;
const SIGN_IN_JS_KB = 95;

interface Loaded {
  scripts: { url: string; gzip: number }[];
  sessionReads: number;
}

/** Opens `path` in a fresh page and records the scripts it fetched (gzipped sizes) and its view reads. */
async function load(journey: Journey, path: string, ready: (page: Page) => Promise<unknown>): Promise<Loaded & { page: Page }> {
  const page = await journey.context.newPage();
  page.on('pageerror', (error) => journey.pageErrors.push(error.message));
  const scripts: Promise<{ url: string; gzip: number }>[] = [];
  let sessionReads = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/api/v1/exchange/session') sessionReads++;
  });
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(body).length })));
  });
  await page.goto(path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  return { page, scripts: await Promise.all(scripts), sessionReads };
}

const kb = (scripts: { gzip: number }[]) => scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024;
const mantineOnPage = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mantine-scale') !== '' || document.querySelector('[class*="mantine-"]') !== null);

describe('the pages opened on a phone', () => {
  let journey: Journey;
  let contractorLink = '';

  beforeAll(async () => {
    journey = await startJourney();
    const staff = await playwrightRequest.newContext({ baseURL: journey.server.baseUrl });
    await staff.post('/api/v1/auth/login', { data: { email: manager.email, password: manager.password } });
    const properties = (await (await staff.get('/api/v1/properties')).json()) as { items: { id: string }[] };
    const contractors = (await (await staff.get('/api/v1/contractors')).json()) as { items: { id: string }[] };
    const ticket = (await (await staff.post('/api/v1/tickets', {
      data: { type: 'ODS', propertyId: properties.items[0]!.id, subject: 'Porte du hall bloquée', contractors: [{ contractorId: contractors.items[0]!.id }] },
    })).json()) as { number: number; dispatches: { id: string }[] };
    const link = (await (await staff.post(`/api/v1/tickets/${ticket.number}/links`, { data: { dispatchId: ticket.dispatches[0]!.id } })).json()) as { url: string };
    contractorLink = new URL(link.url).pathname;
    await staff.dispose();
    await journey.page.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(async () => {
    expect(journey?.pageErrors ?? []).toEqual([]);
    await stopJourney(journey);
  });

  it('when a contractor opens their link, then the page brings no Mantine, little JavaScript, and reads the view once', async () => {
    const loaded = await load(journey, contractorLink, (page) => page.getByRole('heading', { level: 1, name: fr.exchange.step.work_order.requested.title }).waitFor());
    expect(await mantineOnPage(loaded.page), 'Mantine on the party\u2019s page').toBe(false);
    expect(loaded.scripts.map((s) => s.url).filter((url) => /cockpit|first-screen|mantine|i18n-/i.test(url))).toEqual([]);
    expect(kb(loaded.scripts), `scripts: ${loaded.scripts.map((s) => `${s.url} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`).toBeLessThan(EXCHANGE_JS_KB);
    expect(loaded.sessionReads, 'the preloaded view is the one the page uses').toBe(1);
    await expectNoSeriousA11yViolations(loaded.page, 'the contractor\u2019s page');
    await loaded.page.close();
  });

  it('when the help opens, then it is as light, and reads no view', async () => {
    const loaded = await load(journey, '/x/help', (page) => page.getByRole('heading', { level: 1, name: fr.exchange.help.title }).waitFor());
    expect(await mantineOnPage(loaded.page)).toBe(false);
    expect(kb(loaded.scripts)).toBeLessThan(EXCHANGE_JS_KB);
    expect(loaded.sessionReads).toBe(0);
    await loaded.page.close();
  });

  it('when a visitor without a session opens Gardien, then the sign-in page brings no Mantine and little JavaScript', async () => {
    const loaded = await load(journey, '/', (page) => page.getByRole('button', { name: fr.login.submit }).waitFor());
    expect(await mantineOnPage(loaded.page), 'Mantine on the sign-in page').toBe(false);
    expect(loaded.scripts.map((s) => s.url).filter((url) => /cockpit|first-screen|query|i18n-/i.test(url))).toEqual([]);
    expect(kb(loaded.scripts), `scripts: ${loaded.scripts.map((s) => `${s.url} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`).toBeLessThan(SIGN_IN_JS_KB);
    await expectNoSeriousA11yViolations(loaded.page, 'the sign-in page');
    await loaded.page.close();
  });

  it('when a visitor signs in from a page\u2019s address, then the cockpit opens at that address', async () => {
    const { page } = journey;
    await page.setViewportSize({ width: 1280, height: 800 }); // the cockpit's header names the user
    await page.goto('/account');
    await page.getByRole('textbox', { name: fr.login.email, exact: true }).fill(manager.email);
    await page.getByRole('textbox', { name: fr.login.password, exact: true }).fill(manager.password);
    await page.getByRole('button', { name: fr.login.submit }).click();
    await page.getByTestId('current-user').waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
  });
});
