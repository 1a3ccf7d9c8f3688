// Browser journey of a newcomer: the demo agency's tickets on the first screen, the guided tour
// offered once at the first sign-in, stepped through (next, previous) onto a ticket, skipped,
// remembered, restarted from the header and finished; then the help of the list and of a ticket.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, screenshot, screenshotDir, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

describe('the guided tour and the help of each screen', () => {
  let journey: Journey | undefined;
  let page: Page;
  const pageErrors: string[] = [];
  const popover = () => page.getByTestId('tour-popover');
  const stepShown = () => popover().getAttribute('data-step');
  const next = () => popover().getByRole('button', { name: fr.tour.next, exact: true }).click();

  async function expectStep(id: keyof typeof fr.tour.steps) {
    await expect.poll(stepShown, { timeout: 10_000 }).toBe(id);
    await popover().getByText(fr.tour.steps[id].title, { exact: true }).waitFor();
  }

  beforeAll(async () => {
    journey = await startJourney();
    // A browser that never signed in: not the journeys' context, which was offered the tour already.
    const context = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && page) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await page.screenshot({ path: `${screenshotDir}failed-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(pageErrors, 'errors thrown in the page').toEqual([]);
  });

  afterAll(async () => {
    await stopJourney(journey);
  });

  it("a newcomer's first screen shows the demo agency at work, and offers the tour", async () => {
    await signIn(page);
    await expect.poll(() => page.locator('tr[data-ticket]').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(15);
    expect(await page.getByText(fr.tickets.empty).count()).toBe(0);
    // Answers from contractors wait, unread, on a few rows.
    expect(await page.locator('tr[data-ticket] .gardien-unread').count()).toBeGreaterThanOrEqual(3);
    const offer = page.getByRole('dialog', { name: fr.tour.offer.title });
    await offer.waitFor();
    await expectNoSeriousA11yViolations(page, 'the list with the tour offered');
    await screenshot(page, 'tour-offer');
    await offer.getByRole('button', { name: fr.tour.offer.start }).click();
    await expectStep('welcome');
  });

  it('steps through the list onto a ticket, back and forth, then skips and remembers it', async () => {
    await next();
    await expectStep('list');
    // The highlight frames the list (it glides there from the middle of the screen).
    const table = (await page.locator('[data-tour="ticket-list"]').boundingBox())!;
    const spotlight = page.locator('.gardien-tour-spotlight');
    await expect.poll(async () => (await spotlight.boundingBox())!.width).toBeGreaterThan(table.width);
    expect((await spotlight.boundingBox())!.x).toBeLessThan(table.x);
    expect(await popover().getByText('Étape 2 sur').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'a step of the tour');
    await screenshot(page, 'tour-step-list');
    await next();
    await expectStep('controls');
    await next();
    await expectStep('filters');
    await next();
    await expectStep('create');
    await next();
    await expectStep('ticket');
    await page.getByTestId('ticket-page').waitFor();
    expect(page.url()).toMatch(/\/tickets\/\d+$/);
    await popover().getByRole('button', { name: fr.tour.previous }).click();
    await expectStep('create');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await next();
    await expectStep('ticket');
    await next();
    await expectStep('actions');
    await popover().getByRole('button', { name: fr.tour.skip }).click();
    await popover().waitFor({ state: 'detached' });
    expect(await page.evaluate(() => localStorage.getItem('gardien.tour'))).toBe('done');
    // The page answers clicks again.
    await page.getByRole('link', { name: fr.ticket.backToList }).click();
    await page.locator('tr[data-ticket]').first().waitFor();
    await page.reload();
    await page.locator('tr[data-ticket]').first().waitFor();
    expect(await page.getByRole('dialog', { name: fr.tour.offer.title }).count(), 'offered once').toBe(0);
  });

  it('restarts from the header and goes to the end, the outbox included, Escape closing it', async () => {
    await page.getByRole('button', { name: fr.tour.launch }).click();
    await expectStep('welcome');
    const seen: string[] = [];
    for (let i = 0; i < 20; i++) {
      const id = (await stepShown())!;
      if (seen.at(-1) !== id) seen.push(id);
      const finish = popover().getByRole('button', { name: fr.tour.finish });
      if (await finish.count()) {
        await finish.click();
        break;
      }
      await next();
      await expect.poll(stepShown, { timeout: 10_000 }).not.toBe(id);
    }
    await popover().waitFor({ state: 'detached' });
    // A manager opens the outbox but neither the settings nor the contractors' screen.
    expect(seen).toEqual(['welcome', 'list', 'controls', 'filters', 'create', 'ticket', 'actions', 'contractors', 'history', 'help', 'outbox', 'restart']);
    await page.getByRole('button', { name: fr.tour.launch }).click();
    await expectStep('welcome');
    await page.keyboard.press('Escape');
    await popover().waitFor({ state: 'detached' });
    expect(await page.getByRole('button', { name: fr.tour.launch }).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('opens the help of the list and of a ticket, a few lines each', async () => {
    await page.goto('/');
    await page.locator('tr[data-ticket]').first().waitFor();
    await page.getByRole('button', { name: `Aide : ${fr.help.screens.list.title}` }).click();
    const drawer = page.getByRole('dialog', { name: `Aide – ${fr.help.screens.list.title}` });
    await drawer.waitFor();
    for (const line of fr.help.screens.list.lines) await drawer.getByText(line, { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the help of the list');
    await screenshot(page, 'help-list');
    await drawer.getByRole('button', { name: fr.help.close }).click();
    await drawer.waitFor({ state: 'detached' });

    await page.locator('tr[data-ticket] a').first().click();
    await page.getByTestId('ticket-page').waitFor();
    await page.getByRole('button', { name: `Aide : ${fr.help.screens.ticket.title}` }).click();
    const ticketHelp = page.getByRole('dialog', { name: `Aide – ${fr.help.screens.ticket.title}` });
    await ticketHelp.waitFor();
    expect(await ticketHelp.getByRole('listitem').count()).toBe(fr.help.screens.ticket.lines.length);
    await page.keyboard.press('Escape');
    await ticketHelp.waitFor({ state: 'detached' });
  });

  it('speaks English when the user does: the tour and the help', async () => {
    await page.getByRole('button', { name: /^Langue/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: en.tour.launch }).click();
    await expect.poll(stepShown).toBe('welcome');
    await popover().getByText(en.tour.steps.welcome.title, { exact: true }).waitFor();
    expect(await popover().getByText(en.tour.progress.replace('{{current}}', '1').replace('{{total}}', '12')).count()).toBe(1);
    await popover().getByRole('button', { name: en.tour.skip }).click();
    await popover().waitFor({ state: 'detached' });
    // The tour brought the list back: its help, in English.
    await page.getByRole('button', { name: `Help: ${en.help.screens.list.title}`, exact: true }).click();
    await page.getByRole('dialog', { name: `Help – ${en.help.screens.list.title}` }).getByText(en.help.screens.list.lines[0]!, { exact: true }).waitFor();
    await page.keyboard.press('Escape');
  });
});
