// The news wall end to end: a manager posts an urgent notice to Immeuble Voltaire in the cockpit;
// a tenant of that building, on a 390 px phone, sees it pinned on her portal home and on the wall,
// and its email really left (an SMTP sink); a co-owner of another building does not see it.
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { choose, expectNoSeriousA11yViolations, journeyHooks, screenshot, signIn, startJourney, type Journey } from './journey-support.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';

const tenant = { email: 'locataire@demo.gardien.test', password: 'gardien-demo' }; // Sarah Cohen, Immeuble Voltaire
const coOwner = { email: 'coproprietaire@demo.gardien.test', password: 'gardien-demo' }; // Georges Petit, Résidence Les Tilleuls
const TITLE = 'Ascenseur à l’arrêt jusqu’à vendredi';

async function phoneOf(browser: Browser, baseURL: string, who: { email: string; password: string }) {
  const phone = await browser.newContext({ baseURL, locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto('/portal/sign-in');
  await page.getByRole('textbox', { name: fr.portal.signIn.email }).fill(who.email);
  await page.getByRole('textbox', { name: fr.portal.signIn.password, exact: true }).fill(who.password);
  await page.getByRole('button', { name: fr.portal.signIn.submit, exact: true }).click();
  await page.getByRole('heading', { name: fr.portal.home.requests }).waitFor();
  return { phone, page };
}

describe('news wall', () => {
  let journey: Journey | undefined;
  let smtp: SmtpSink | undefined;
  journeyHooks(() => journey);
  afterAll(async () => smtp?.close());

  it('when a manager posts an urgent notice to Immeuble Voltaire, then its tenant sees it pinned on her phone and gets the email; a co-owner elsewhere does not see it', async () => {
    smtp = await startSmtpSink();
    journey = await startJourney({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>' });
    const { page } = journey;
    await signIn(page);
    await page.getByRole('link', { name: fr.news.nav, exact: true }).click();
    await page.getByRole('link', { name: fr.news.new }).click();
    await page.getByText(fr.news.kinds.urgent, { exact: true }).click();
    await page.getByRole('textbox', { name: fr.news.fields.title }).fill(TITLE);
    await page.getByTestId('rich-text').fill('L’ascenseur est en réparation : prenez l’escalier.');
    await page.getByRole('checkbox', { name: fr.tools.audience.agency }).uncheck();
    await choose(page, fr.tools.audience.properties, 'Immeuble Voltaire');
    await page.keyboard.press('Escape');
    const end = new Date(Date.now() + 3 * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    await page.getByLabel(fr.news.fields.endsAt, { exact: false }).first().fill(`${end.getFullYear()}-${pad(end.getMonth() + 1)}-${pad(end.getDate())}T18:00`);
    await page.getByRole('button', { name: fr.news.publishAndSend }).click();
    await page.getByText(/^Épinglée jusqu'au/).waitFor();
    await expectNoSeriousA11yViolations(page, 'the cockpit’s post');
    await screenshot(page, 'news-cockpit-post');

    const mails = await smtp.waitFor(1, 20_000);
    await expect.poll(() => smtp!.messages.some((m) => JSON.stringify(m.to).includes(tenant.email) && m.subject === `Urgent : ${TITLE}`), { timeout: 20_000 }).toBe(true);
    expect(mails.length).toBeGreaterThan(0);

    const { phone, page: resident } = await phoneOf(journey.browser, journey.server.baseUrl, tenant);
    const pinned = resident.getByTestId('home-news').locator('[data-pinned="true"]', { hasText: TITLE });
    await pinned.waitFor();
    await screenshot(resident, 'news-portal-home');
    await resident.getByRole('link', { name: fr.news.portal.all }).click();
    await expect.poll(() => resident.getByTestId('portal-news').locator('li').first().textContent()).toContain(TITLE);
    await expectNoSeriousA11yViolations(resident, 'the portal’s wall');
    await screenshot(resident, 'news-portal-wall');
    await resident.getByTestId('portal-news').getByText(TITLE).click();
    await resident.getByRole('heading', { name: TITLE }).waitFor();
    await expect.poll(() => resident.getByText('prenez l’escalier').count()).toBe(1);
    await screenshot(resident, 'news-portal-post');
    const widths = await resident.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await phone.close();

    const other = await phoneOf(journey.browser, journey.server.baseUrl, coOwner);
    await other.page.getByRole('link', { name: fr.news.portal.all }).click();
    await other.page.getByRole('heading', { name: fr.news.portal.title }).waitFor();
    await other.page.getByTestId('portal-news').waitFor();
    expect(await other.page.getByText(TITLE).count()).toBe(0);
    await other.phone.close();
  });
});
