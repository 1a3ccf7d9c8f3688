// Browser journey of an approver asked about two quotes (a DM): the manager's comment at the top,
// each quote with its amount (in the page's language) and its own document, the quotes side by
// side on a desktop and one above the other on a phone. The manager's and the contractors' sides
// go through the API.
import { request as playwrightRequest, type APIRequestContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, manager, screenshot, startJourney, stopJourney, type Journey } from './journey-support.ts';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 10 10]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const COMMENT = 'Deux devis pour la toiture : le second inclut la zinguerie. Merci de me dire lequel retenir.';
const money = (locale: string, cents: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

interface Listed {
  items: { id: string; name: string }[];
}

describe('an approver compares the quotes put to them', () => {
  let journey: Journey;
  let staff: APIRequestContext;
  let approverPath = '';
  const quotes: { contractor: string; cents: number; file: string }[] = [];

  async function staffPost<T>(path: string, data: unknown): Promise<T> {
    const response = await staff.post(path, { data });
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
    return (await response.json()) as T;
  }

  beforeAll(async () => {
    journey = await startJourney();
    staff = await playwrightRequest.newContext({ baseURL: journey.server.baseUrl });
    await staffPost('/api/v1/auth/login', { email: manager.email, password: manager.password });
    const properties = (await (await staff.get('/api/v1/properties')).json()) as Listed;
    const contractors = ((await (await staff.get('/api/v1/contractors')).json()) as Listed).items.slice(0, 2);
    const ticket = await staffPost<{ number: number; dispatches: { id: string; contractorName: string }[] }>('/api/v1/tickets', {
      type: 'DS',
      propertyId: properties.items[0]!.id,
      subject: 'Réfection de la toiture',
      contractors: contractors.map((c) => ({ contractorId: c.id })),
    });
    // Each contractor sends their quote and its document through their own link.
    for (const [index, dispatch] of ticket.dispatches.entries()) {
      const link = await staffPost<{ url: string }>(`/api/v1/tickets/${ticket.number}/links`, { dispatchId: dispatch.id });
      const secret = new URL(link.url).pathname.replace('/x/', '');
      const quote = { contractor: dispatch.contractorName, cents: [1_245_050, 1_390_000][index]!, file: `devis-${index + 1}.pdf` };
      quotes.push(quote);
      const sent = await staff.post(`/api/v1/exchange/${secret}`, {
        multipart: { payload: JSON.stringify({ action: 'submit_quote', amountCents: quote.cents }), files: { name: quote.file, mimeType: 'application/pdf', buffer: PDF } },
      });
      expect(sent.status(), await sent.text()).toBe(200);
    }
    await staffPost(`/api/v1/tickets/${ticket.number}/actions`, {
      action: 'request_approval',
      dispatchIds: ticket.dispatches.map((d) => d.id),
      approver: { name: 'Hélène Durand', emails: ['presidente.cs@example.test'], channels: ['email'] },
      comment: COMMENT,
    });
    const approvers = ((await (await staff.get(`/api/v1/tickets/${ticket.number}`)).json()) as { approvers: { id: string; name: string }[] }).approvers;
    const link = await staffPost<{ url: string }>(`/api/v1/tickets/${ticket.number}/links`, { partyId: approvers.find((a) => a.name === 'Hélène Durand')!.id });
    approverPath = new URL(link.url).pathname;
  });

  afterAll(async () => {
    await staff?.dispose();
    await stopJourney(journey);
  });

  const card = (name: string) => journey.page.getByRole('article', { name });

  it('when the approver opens their link on a desktop, then the manager\'s comment and the two quotes side by side show, each with its amount and its document', async () => {
    const { page } = journey;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(approverPath);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(fr.exchange.step.approver.title);

    expect(await page.getByTestId('approver-comment').textContent()).toContain(COMMENT);
    const [first, second] = [card(quotes[0]!.contractor), card(quotes[1]!.contractor)];
    for (const [index, quote] of quotes.entries()) {
      const own = index === 0 ? first : second;
      expect(await own.getByTestId('approver-quote-amount').textContent()).toBe(money('fr', quote.cents));
      expect(await own.getByRole('link', { name: new RegExp(quote.file) }).isVisible(), `${quote.file} is next to its amount`).toBe(true);
      expect(await own.getByRole('link', { name: new RegExp(quotes[1 - index]!.file) }).count(), 'the other quote\'s document is not in this card').toBe(0);
    }
    const [a, b] = [(await first.boundingBox())!, (await second.boundingBox())!];
    expect(Math.abs(a.y - b.y), 'the quotes stand side by side').toBeLessThan(2);
    expect(b.x).toBeGreaterThan(a.x + a.width - 1);
    await expectNoSeriousA11yViolations(page, 'the approver\'s page with two quotes');
    await screenshot(page, 'exchange-approver-compare-desktop');
  });

  it('when the page is as wide as a phone, then the quotes stand one above the other and nothing scrolls sideways', async () => {
    const { page } = journey;
    await page.setViewportSize({ width: 390, height: 844 });
    const [a, b] = [(await card(quotes[0]!.contractor).boundingBox())!, (await card(quotes[1]!.contractor).boundingBox())!];
    expect(b.y, 'the second quote is under the first').toBeGreaterThanOrEqual(a.y + a.height);
    expect(Math.abs(a.x - b.x)).toBeLessThan(2);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(widths.view);
    await screenshot(page, 'exchange-approver-compare-phone');
  });

  it('when the approver picks English, then the amounts are written the English way', async () => {
    const { page } = journey;
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(en.exchange.step.approver.title);
    expect(await card(quotes[0]!.contractor).getByTestId('approver-quote-amount').textContent()).toBe(money('en', quotes[0]!.cents));
    expect(await page.getByTestId('approver-comment').textContent()).toContain(en.exchange.approver.managerComment.replace('{{name}}', manager.name));
    await page.getByRole('button', { name: 'Français' }).click();
    expect(journey.pageErrors).toEqual([]);
  });
});
