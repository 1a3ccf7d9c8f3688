// Shared steps of the browser journeys: Chromium, a fresh server, signing in, axe-core checks,
// Mantine choosers, screenshots, and tickets created through the API.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, expect } from 'vitest';
import { buildWeb } from '../../scripts/build-web.ts';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { startTestServer, type TestServer } from '../support/server.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumFound = existsSync(chromiumPath);
export const screenshotDir = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));
export const manager = { email: 'manager@demo.gardien.test', password: 'gardien-demo', name: 'Camille Martin' };
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export interface Journey {
  server: TestServer;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
}

/** Builds the web app if needed, starts a server (with `env` added to its settings) and
 * Chromium, opens a French page. */
export async function startJourney(env: Record<string, string> = {}): Promise<Journey> {
  if (!chromiumFound) {
    throw new Error(`The browser journeys need Chromium (apt-get install chromium, or set CHROMIUM_PATH): there is none at ${chromiumPath}.`);
  }
  await mkdir(screenshotDir, { recursive: true });
  await buildWeb({ ifStale: true });
  const server = await startTestServer(env);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
  // The guided tour is offered once, at a browser's first sign-in: journeys about other things
  // start as a browser that was already offered it (guided-tour.test.ts opens a fresh one).
  await context.addInitScript(() => {
    try {
      if (!localStorage.getItem('gardien.tour')) localStorage.setItem('gardien.tour', 'offered');
    } catch {
      // a sandboxed frame (an email's preview) has no storage, and needs none
    }
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { server, browser, context, page, pageErrors };
}

export async function stopJourney(journey: Journey | undefined): Promise<void> {
  await journey?.browser.close();
  await journey?.server.close();
}

/** Signs in through the sign-in page and waits for the cockpit. */
export async function signIn(page: Page, user = manager): Promise<void> {
  await page.goto('/');
  await page.getByRole('textbox', { name: fr.login.email, exact: true }).fill(user.email);
  await page.getByRole('textbox', { name: fr.login.password, exact: true }).fill(user.password);
  await page.getByRole('button', { name: fr.login.submit }).click();
  await page.getByTestId('current-user').waitFor();
}

/** Picks an entry of the user's menu in the header (their account, the shortcuts, signing out…). */
export async function userMenu(page: Page, item: string): Promise<void> {
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Runs axe-core on the page; fails on any serious or critical violation. */
export async function expectNoSeriousA11yViolations(page: Page, what: string): Promise<void> {
  // A menu or dialog still fading in reads as faint text: let running transitions end first.
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined)));
  });
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy refuses inline scripts.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[]; failureSummary?: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240)}`) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `axe-core on ${what}`).toEqual([]);
}

/** Picks an option of a Mantine Select (searchable or not) named by its label. */
export async function choose(scope: Page | Locator, label: string | RegExp, option: string | RegExp, search?: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const input = scope.getByRole('combobox', { name: label }).first();
  await input.click();
  if (search !== undefined) await input.fill(search);
  await page.getByRole('option', { name: option }).first().click();
}

/** The ticket-wide actions of the ticket page (next steps panel), as a scope for clickAction. */
export function ticketActions(page: Page): Locator {
  return page.getByRole('group', { name: fr.ticket.ticketActions, exact: true });
}

/** Opens the "More actions" menu of a place of the ticket page (the ticket, a card); returns the
 * entry named `name`, or null when the place has no menu. */
async function menuEntry(scope: Locator, name: string | RegExp): Promise<Locator | null> {
  const more = scope.getByRole('button', { name: fr.ticket.moreActions, exact: true });
  if ((await more.count()) === 0) return null;
  await more.first().click();
  const entry = scope.page().getByRole('menuitem', { name, exact: typeof name === 'string' });
  await entry.first().waitFor({ state: 'attached', timeout: 2_000 }).catch(() => {});
  return entry;
}

/** Clicks an action of the ticket page by its name, in a place (the ticket's actions, a card): its
 * button when it has one, else its entry in that place's "More actions" menu. */
export async function clickAction(scope: Locator, name: string | RegExp): Promise<void> {
  const button = scope.getByRole('button', { name, exact: typeof name === 'string' });
  if ((await button.count()) > 0) return button.first().click();
  const entry = await menuEntry(scope, name);
  if (!entry || (await entry.count()) === 0) throw new Error(`no action named ${String(name)} here, neither as a button nor in the menu`);
  await entry.first().click();
}

/** Whether a place of the ticket page offers an action, as a button or in its menu (closed again). */
export async function actionOffered(scope: Locator, name: string | RegExp): Promise<boolean> {
  if ((await scope.getByRole('button', { name, exact: typeof name === 'string' }).count()) > 0) return true;
  const entry = await menuEntry(scope, name);
  if (!entry) return false;
  const offered = (await entry.count()) > 0;
  await scope.page().keyboard.press('Escape');
  await scope.page().getByRole('menu').waitFor({ state: 'detached' });
  return offered;
}

/** A screenshot of the whole page in test-artifacts/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0)); // the fixed header then stays on top
  await page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
}

interface Named {
  id: string;
  name: string;
  externalRef?: string;
  email?: string;
}

/** The demo agency's records, read through the API with the page's session. */
export async function demoData(page: Page) {
  const list = async (path: string) => ((await (await page.request.get(`/api/v1/${path}?limit=200`)).json()) as { items: Named[] }).items;
  const [properties, contractors, users, persons] = await Promise.all([list('properties'), list('contractors'), list('users'), list('persons')]);
  const find = (rows: Named[], ref: string) => {
    const row = rows.find((r) => r.externalRef === ref || r.email === ref || r.name === ref);
    if (!row) throw new Error(`the demo agency has no ${ref}`);
    return row;
  };
  return {
    property: (ref: string) => find(properties, ref),
    contractor: (ref: string) => find(contractors, ref),
    user: (email: string) => find(users, email),
    person: (ref: string) => find(persons, ref),
  };
}

/** Creates a ticket through the API; returns its number. */
export async function createTicketByApi(page: Page, body: Record<string, unknown>): Promise<number> {
  const response = await page.request.post('/api/v1/tickets', { data: body });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { number: number }).number;
}

/** The numbers of the tickets the list shows, top to bottom. */
export async function listedNumbers(page: Page): Promise<number[]> {
  return page.locator('tr[data-ticket]').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-ticket'))));
}

/** The hooks a journey file needs after its tests: a full-page screenshot of a failed test, no
 * error thrown in the page, and the browser and server stopped at the end. */
export function journeyHooks(journey: () => Journey | undefined): void {
  afterEach(async (testContext) => {
    const current = journey();
    if (testContext.task.result?.state === 'fail' && current) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await current.page.screenshot({ path: `${screenshotDir}failed-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(current?.pageErrors ?? [], 'errors thrown in the page').toEqual([]);
  });
  afterAll(() => stopJourney(journey()));
}
