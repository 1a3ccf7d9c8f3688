// Info articles end to end: the manager writes an article for one building in the cockpit and
// publishes it; a tenant of that building, on a 390 px phone, finds it in "Infos pratiques" and,
// typing a matching word in the request form, gets it suggested under "Avant de demander…".
import { describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { choose, journeyHooks, signIn, startJourney, type Journey } from './journey-support.ts';

const tenant = { email: 'locataire@demo.gardien.test', password: 'gardien-demo' }; // Sarah Cohen, Immeuble Voltaire
const TITLE = 'Ascenseur à l’arrêt jeudi';

describe('info articles', () => {
  let journey: Journey | undefined;
  journeyHooks(() => journey);

  it('when the manager publishes an article for Immeuble Voltaire, then its tenant reads it on her phone and gets it suggested while she describes a problem', async () => {
    journey = await startJourney();
    const { page } = journey;
    await signIn(page);
    await page.getByRole('link', { name: fr.articles.nav, exact: true }).click();
    await page.getByRole('link', { name: fr.articles.new }).click();
    await page.getByRole('textbox', { name: fr.articles.fields.title }).fill(TITLE);
    await page.getByTestId('rich-text').fill('L’ascenseur est en maintenance jeudi matin : prenez l’escalier.');
    await page.getByRole('checkbox', { name: fr.tools.audience.agency }).uncheck();
    await choose(page, fr.tools.audience.properties, 'Immeuble Voltaire');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: fr.articles.publishNow }).click();
    await page.getByText(fr.articles.states.published, { exact: true }).waitFor();

    const phone = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const resident = await phone.newPage();
    resident.setDefaultTimeout(15_000);
    await resident.goto('/portal/sign-in');
    await resident.getByRole('textbox', { name: fr.portal.signIn.email }).fill(tenant.email);
    await resident.getByRole('textbox', { name: fr.portal.signIn.password, exact: true }).fill(tenant.password);
    await resident.getByRole('button', { name: fr.portal.signIn.submit, exact: true }).click();
    await resident.getByRole('heading', { name: fr.portal.articles.title }).waitFor();
    await resident.getByRole('link', { name: fr.portal.articles.all }).click();
    await resident.getByTestId('portal-articles').getByText(TITLE).click();
    await resident.getByRole('heading', { name: TITLE }).waitFor();
    await expect.poll(() => resident.getByText('prenez l’escalier').count()).toBe(1);

    await resident.goto('/portal/new');
    await resident.getByRole('textbox', { name: new RegExp(fr.portal.new.description) }).fill('L’ascenseur est bloqué au 2e étage');
    const suggestions = resident.getByTestId('article-suggestions');
    await resident.getByRole('heading', { name: fr.portal.articles.beforeAsking }).waitFor();
    await suggestions.getByText(TITLE).click();
    await resident.getByRole('heading', { name: TITLE }).waitFor();
    const widths = await resident.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await phone.close();
  });
});
