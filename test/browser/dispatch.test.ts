// Browser journeys of the manager's dispatching: "Contacter un autre intervenant" with the seed's
// three answers (cancel, replace, add); the quotes of a multiple quote request side by side with
// the council president proposed as approver; "Absent — déléguer à…" from the user's own header,
// and the delegate's list showing the tickets of whom they stand in for.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import {
  choose, createTicketByApi, demoData, expectNoSeriousA11yViolations, listedNumbers, screenshot, screenshotDir, signIn, startJourney, stopJourney, userMenu, type Journey,
} from './journey-support.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 10 10]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

describe('dispatching from the ticket page', () => {
  let journey: Journey | undefined;
  let demo: Awaited<ReturnType<typeof demoData>>;
  const page = () => journey!.page;
  const dialog = () => page().getByRole('dialog');
  const card = (name: string) => page().getByTestId('dispatch-card').filter({ hasText: name });
  const title = () => page().getByTestId('ticket-title');

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page());
    demo = await demoData(page());
  });

  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && journey) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await journey.page.screenshot({ path: `${screenshotDir}failed-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(journey?.pageErrors ?? [], 'errors thrown in the page').toEqual([]);
  });

  afterAll(async () => {
    await stopJourney(journey);
  });

  async function typeContractor(name: string, email: string) {
    await page().getByRole('button', { name: fr.actions.add_contractor.button }).click();
    await dialog().getByRole('textbox', { name: fr.contractor.typeIn }).fill(name);
    const emails = dialog().getByLabel(/^E-mails/);
    await emails.fill(email);
    await emails.press('Enter');
    await dialog().getByRole('button', { name: fr.otherContractor.next }).click();
  }

  it('contacts another contractor: one button, then cancel, replace (the first is cancelled and told) or add beside', async () => {
    const number = await createTicketByApi(page(), {
      type: 'DS', propertyId: demo.property('COP-001').id, subject: 'Porte du local vélos', contractors: [{ contractorId: demo.contractor('F-010').id }],
    });
    await page().goto(`/tickets/${number}`);
    await title().waitFor();
    // Replacing is one of the dialog's answers, not a button of its own.
    expect(await card('Bâti Rénov').getByRole('button', { name: fr.actions.replace_contractor.button }).count()).toBe(0);

    // Cancel: nothing happens.
    await typeContractor('Menuiserie Girard', 'devis@menuiserie-girard.example.fr');
    await dialog().getByText(fill(fr.otherContractor.question, { old: 'Bâti Rénov', name: 'Menuiserie Girard' })).waitFor();
    await expectNoSeriousA11yViolations(page(), 'the replace-or-add question');
    await screenshot(page(), 'replace-or-add');
    await dialog().getByRole('button', { name: fr.otherContractor.cancel, exact: true }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await page().getByTestId('dispatch-card').count()).toBe(1);

    // Yes: the first request is cancelled (and the contractor told), the new one asked; still a single quote.
    await typeContractor('Menuiserie Girard', 'devis@menuiserie-girard.example.fr');
    await dialog().getByRole('textbox', { name: fr.otherContractor.reason }).fill('Délai trop long');
    await dialog().getByRole('button', { name: fill(fr.otherContractor.yesButton, { old: 'Bâti Rénov' }) }).click();
    await dialog().waitFor({ state: 'detached' });
    await card('Bâti Rénov').getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.cancelled }).waitFor();
    await card('Menuiserie Girard').getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.requested }).waitFor();
    expect(await title().textContent()).toBe(`Devis simple n° ${number}`);
    await page().locator('li[data-type="contractor_replaced"]').waitFor();
    const outbox = (await (await page().request.get(`/api/v1/outbox?ticket=${number}`)).json()) as { items: { template: string; recipientName: string; text: string }[] };
    const told = outbox.items.filter((m) => m.template === 'intervention_cancelled');
    expect(told.map((m) => m.recipientName)).toContain('Bâti Rénov');
    expect(told.some((m) => m.text.includes('Délai trop long'))).toBe(true);

    // No: a second request beside the first; the ticket becomes a multiple quote request.
    await typeContractor('Vitrerie Lumière', 'devis@vitrerie-lumiere.example.fr');
    await dialog().getByRole('button', { name: fr.otherContractor.noButton }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => title().textContent()).toBe(`Devis multiple n° ${number}`);
    await card('Vitrerie Lumière').getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.requested }).waitFor();
    expect(await card('Menuiserie Girard').getByTestId('dispatch-state').textContent()).toBe(fr.codes.dispatchState.requested);
  });

  async function quoteWithFile(number: number, dispatchId: string, amountCents: number, validUntil: string, filename: string) {
    const upload = await page().request.post(`/api/v1/tickets/${number}/attachments`, { multipart: { files: { name: filename, mimeType: 'application/pdf', buffer: PDF } } });
    expect(upload.status(), await upload.text()).toBe(201);
    const [file] = ((await upload.json()) as { items: { id: string }[] }).items;
    const entered = await page().request.post(`/api/v1/tickets/${number}/actions`, { data: { action: 'enter_quote', dispatchId, amountCents, validUntil, attachmentIds: [file!.id] } });
    expect(entered.status(), await entered.text()).toBe(200);
  }

  const amounts = (scope: Page | ReturnType<Page['getByRole']>) =>
    scope.getByTestId('quote-comparison').locator('tbody tr th').allTextContents();

  it('compares the two quotes of a multiple request, sorts them by amount, and proposes the council president as approver', async () => {
    const number = await createTicketByApi(page(), {
      type: 'DS', propertyId: demo.property('COP-001').id, subject: 'Verrière du hall fissurée',
      contractors: [{ contractorId: demo.contractor('F-006').id }, { contractorId: demo.contractor('F-010').id }],
    });
    const ticket = (await (await page().request.get(`/api/v1/tickets/${number}`)).json()) as { dispatches: { id: string }[] };
    await quoteWithFile(number, ticket.dispatches[0]!.id, 245050, '2027-01-31', 'devis-vitrerie.pdf');
    await quoteWithFile(number, ticket.dispatches[1]!.id, 198000, '2027-02-15', 'devis-bati-renov.pdf');
    await page().goto(`/tickets/${number}`);
    await title().waitFor();

    const comparison = page().getByTestId('quote-comparison');
    await comparison.waitFor();
    await page().getByRole('heading', { name: fr.quotes.title }).waitFor();
    const vitrerie = comparison.locator('tbody tr').filter({ hasText: 'Vitrerie du Centre' });
    const bati = comparison.locator('tbody tr').filter({ hasText: 'Bâti Rénov' });
    expect(await vitrerie.textContent()).toMatch(/2\s450,50\s€/);
    expect(await vitrerie.textContent()).toContain('31 janv. 2027');
    expect(await vitrerie.getByRole('link', { name: 'devis-vitrerie.pdf' }).getAttribute('href')).toMatch(/^\/api\/v1\/tickets\/\d+\/attachments\//);
    expect(await bati.textContent()).toMatch(/1\s980,00\s€/);
    await bati.getByText(fr.quotes.cheapest).waitFor();
    expect(await vitrerie.getByText(fr.quotes.cheapest).count()).toBe(0);

    // Sorted by amount: cheapest first, then the other way.
    expect(await amounts(page())).toEqual(['Vitrerie du Centre', 'Bâti Rénov']);
    await comparison.getByRole('button', { name: fr.quotes.sortByAmount }).click();
    expect(await amounts(page())).toEqual(['Bâti Rénov', 'Vitrerie du Centre']);
    expect(await comparison.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    await comparison.getByRole('button', { name: fr.quotes.sortByAmount }).click();
    expect(await amounts(page())).toEqual(['Vitrerie du Centre', 'Bâti Rénov']);
    await screenshot(page(), 'quote-comparison');

    // The approval request: both quotes compared, the council president already chosen.
    await page().getByRole('button', { name: fr.actions.request_approval.button }).click();
    await dialog().getByTestId('quote-comparison').waitFor();
    expect(await amounts(dialog())).toEqual(['Vitrerie du Centre', 'Bâti Rénov']);
    await expect.poll(() => dialog().getByRole('combobox', { name: fr.party.choose }).inputValue()).toContain('Hélène Rousseau');
    await dialog().getByText(fr.quotes.approverPresident).waitFor();
    // Chosen as the person of master data, not typed in: the council members are informed without her.
    expect(await dialog().getByRole('textbox', { name: fr.party.typeIn }).isDisabled()).toBe(true);
    await dialog().getByRole('checkbox', { name: fr.fields.informCouncil }).check();
    await expectNoSeriousA11yViolations(page(), 'the approval request with the quotes compared');
    await dialog().getByRole('textbox', { name: fr.fields.comment }).fill('Bâti Rénov est moins cher mais pose en mars.');
    await dialog().getByRole('button', { name: fr.common.submit }).click();
    await dialog().waitFor({ state: 'detached' });
    await page().getByRole('heading', { name: fr.ticket.approvers }).waitFor();
    await page().getByText('Conseil syndical informé : Marc Lefebvre').waitFor();
  });

  it('sets one\u2019s own absence until back from the header, and the delegate sees the absent colleague\u2019s tickets in the list', async () => {
    const managerId = demo.user('manager@demo.gardien.test').id;
    const number = await createTicketByApi(page(), {
      type: 'ODS', propertyId: demo.property('GER-010').id, subject: 'Boîte aux lettres forcée', assigneeId: managerId, contractors: [{ contractorId: demo.contractor('F-004').id }],
    });
    await page().goto('/');
    await page().getByTestId('absence-menu-item').click();
    await choose(dialog(), fr.absence.delegate, 'Julien Bernard');
    await dialog().getByRole('radio', { name: fr.absence.untilBack }).check();
    await expectNoSeriousA11yViolations(page(), 'the absence dialog');
    await dialog().getByRole('button', { name: fr.absence.save }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('absence-menu-item').textContent()).toBe(fr.absence.away);

    // The delegate, signed in elsewhere.
    const context = await journey!.browser.newContext({ baseURL: journey!.server.baseUrl, locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
    try {
      const delegate = await context.newPage();
      await signIn(delegate, { email: 'assistant@demo.gardien.test', password: 'gardien-demo', name: 'Julien Bernard' });
      const standIn = delegate.getByRole('button', { name: fill(fr.absence.ticketsOf, { name: 'Camille Martin' }) });
      await standIn.waitFor();
      await delegate.locator('tr[data-ticket]').first().waitFor();
      expect(await listedNumbers(delegate)).toContain(number);
      await standIn.click();
      await expect.poll(() => standIn.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => delegate.url()).toContain(`assigneeId=${managerId}`);
      await delegate.locator(`tr[data-ticket="${number}"]`).waitFor();
      await screenshot(delegate, 'list-standing-in-for');
    } finally {
      await context.close();
    }

    // Back: the header says so no more.
    await page().getByTestId('absence-menu-item').click();
    await dialog().getByRole('button', { name: fr.absence.back }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('absence-menu-item').textContent()).toBe(fr.absence.menu);

    // The user's own menu opens the same dialog.
    await userMenu(page(), fr.absence.menu);
    await dialog().getByRole('combobox', { name: fr.absence.delegate }).waitFor();
    await dialog().getByRole('button', { name: fr.common.cancel }).click();
    await dialog().waitFor({ state: 'detached' });

    // On a phone the header has no room for it: the navigation's block of who is signed in has it.
    await page().setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page().getByTestId('absence-menu-item').isVisible()).toBe(false);
    await page().getByRole('button', { name: fr.shell.openNavigation }).click();
    await page().getByTestId('absence-menu-item-navbar').click();
    await dialog().getByRole('combobox', { name: fr.absence.delegate }).waitFor();
    await dialog().getByRole('button', { name: fr.common.cancel }).click();
    await dialog().waitFor({ state: 'detached' });
    await page().setViewportSize({ width: 1440, height: 900 });
  });
});
