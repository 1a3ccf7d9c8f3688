// Documents end to end: the manager drops a council document into the council section of Résidence
// Les Tilleuls' legal space in the cockpit; the council president, on a 390 px phone, finds it in
// "Mes documents" under the council and downloads it; a tenant of the same building (seen through
// the staff preview of her portal) does not find it, and its link answers 404.
import { describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { pdf } from '../support/documents.ts';
import { choose, expectNoSeriousA11yViolations, journeyHooks, signIn, startJourney, type Journey } from './journey-support.ts';

const president = { email: 'president@demo.gardien.test', password: 'gardien-demo' }; // Hélène Rousseau, council of Les Tilleuls
const TITLE = 'Devis de réfection de la toiture';

describe('documents', () => {
  let journey: Journey | undefined;
  journeyHooks(() => journey);

  it('when the manager uploads a council document to Les Tilleuls, then the council president downloads it on her phone and a tenant of the building does not see it', async () => {
    journey = await startJourney();
    const { page } = journey;
    await signIn(page);
    await page.getByRole('link', { name: fr.documentSpace.nav, exact: true }).click();
    await page.getByRole('tab', { name: fr.documentSpace.tabs.legal }).click();
    await choose(page, fr.documentSpace.legal.coownership, 'Résidence Les Tilleuls');
    await page.getByRole('button', { name: new RegExp(fr.documentSpace.legal.sections.council) }).click();
    const panel = page.getByTestId('folder-panel');
    await panel.getByRole('heading', { name: 'Documents du conseil syndical' }).waitFor();
    await panel.getByTestId('document-dropzone').locator('input[type=file]').setInputFiles({ name: 'devis_toiture.pdf', mimeType: 'application/pdf', buffer: pdf() });
    const title = panel.getByRole('textbox', { name: fr.documentSpace.fields.titleOf.replace('{{name}}', 'devis_toiture.pdf') });
    await expect.poll(() => title.inputValue()).toBe('devis toiture');
    await title.fill(TITLE);
    await panel.getByRole('button', { name: fr.documentSpace.upload.send_one }).click();
    await panel.getByTestId('folder-documents').getByRole('link', { name: TITLE }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the legal space of Les Tilleuls');

    const phone = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const resident = await phone.newPage();
    resident.setDefaultTimeout(15_000);
    await resident.goto('/portal/sign-in');
    await resident.getByRole('textbox', { name: fr.portal.signIn.email }).fill(president.email);
    await resident.getByRole('textbox', { name: fr.portal.signIn.password, exact: true }).fill(president.password);
    await resident.getByRole('button', { name: fr.portal.signIn.submit, exact: true }).click();
    await resident.getByRole('heading', { name: fr.portal.documents.title }).waitFor();
    await resident.getByRole('link', { name: fr.portal.documents.all }).click();
    const council = resident.getByTestId('portal-documents-council');
    const link = council.getByRole('link', { name: new RegExp(TITLE) });
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;
    const download = await resident.request.get(href);
    expect([download.status(), download.headers()['content-type']]).toEqual([200, 'application/pdf']);
    const widths = await resident.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await expectNoSeriousA11yViolations(resident, '“Mes documents”');
    await phone.close();

    // Nadia Benali, tenant at Les Tilleuls, through the staff preview of her portal.
    const persons = (await (await page.request.get('/api/v1/persons?limit=200')).json()) as { items: { id: string; name: string }[] };
    const nadia = persons.items.find((p) => p.name === 'Nadia Benali')!;
    expect((await page.request.post(`/api/v1/persons/${nadia.id}/portal-preview`, { data: {} })).status()).toBe(201);
    await page.goto('/portal/documents');
    await page.getByRole('heading', { name: fr.portal.documents.title }).waitFor();
    await page.getByText(fr.portal.documents.none).or(page.getByTestId('portal-documents-building')).first().waitFor();
    expect(await page.getByText(TITLE).count()).toBe(0);
    expect((await page.request.get(href)).status()).toBe(404);
  });
});
