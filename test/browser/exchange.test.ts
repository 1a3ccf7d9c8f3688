// Browser journey on a phone: a contractor opens their personal link, reads the request, accepts
// with an appointment, checks in, declares the end of the work with a photo and the invoice's
// amount; a tampered link and a closed ticket get their own kind pages; the help speaks French
// and English. The manager's side goes through the API.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, request as playwrightRequest } from 'playwright-core';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.ts';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { startTestServer } from '../support/server.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromiumFound = existsSync(chromiumPath);
const screenshotDir = fileURLToPath(new URL('../../test-artifacts/screenshots/', import.meta.url));
const scratchDir = fileURLToPath(new URL('../../test-artifacts/exchange/', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const manager = { email: 'manager@demo.gardien.test', password: 'gardien-demo' };
const x = fr.exchange;
const phone = { width: 390, height: 844 };

/** A 4×4 PNG, red: a photo of the work as a phone would send it. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEklEQVR4nGP4z8DwHwkTxQcAxH0P8Xk8ZaYAAAAASUVORK5CYII=',
  'base64',
);

/** A one-page PDF: the quote's document. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 10 10]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);


interface Listed {
  items: { id: string; name: string; addressLine?: string; phones?: string[]; emails?: string[] }[];
}
interface Ticket {
  number: number;
  status: string;
  approvers?: { id: string; name: string }[];
  dispatches: { id: string; state: string; appointment: { startsAt: string; durationMinutes: number } | null }[];
  documents: { filename: string; kind: string }[];
}

/** A date a few days ahead, as `<input type="date">` takes it, in the browser's (and Node's) zone. */
function daysAhead(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

describe('a contractor answers through their link, on a phone', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;
  let staff: APIRequestContext | undefined;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const policyViolations: string[] = [];
  const watchPolicy = (watched: Page) =>
    watched.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });

  let ticketNumber = 0;
  let dispatchId = '';
  let linkPath = '';
  let property: Listed['items'][number];
  let contractorsList: Listed['items'] = [];
  let contact: Listed['items'][number];
  const appointmentDate = daysAhead(3);

  async function staffPost(path: string, body: unknown) {
    const response = await staff!.post(path, { data: body });
    expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
    return response.json();
  }
  async function ticket(number = ticketNumber): Promise<Ticket> {
    const response = await staff!.get(`/api/v1/tickets/${number}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as Ticket;
  }
  const heading = () => page.getByRole('heading', { level: 1 });
  async function shot(name: string) {
    await page.screenshot({ path: `${screenshotDir}exchange-${name}.png`, fullPage: true });
  }
  async function noHorizontalScroll() {
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll, 'the page scrolls sideways').toBeLessThanOrEqual(widths.view);
  }
  async function axeViolations() {
    // Evaluated through the DevTools protocol: the app's Content-Security-Policy refuses inline scripts.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axePath, 'utf8'));
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      return axe.run(document, { resultTypes: ['violations'] });
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }

  beforeAll(async () => {
    if (!chromiumFound) {
      throw new Error(`The browser journeys need Chromium (apt-get install chromium, or set CHROMIUM_PATH): there is none at ${chromiumPath}.`);
    }
    await mkdir(screenshotDir, { recursive: true });
    await mkdir(scratchDir, { recursive: true });
    await buildWeb({ ifStale: true }); // the server serves web/dist: make sure it is current
    server = await startTestServer();

    // The manager's side, through the API: a work order with an on-site contact, and its link.
    staff = await playwrightRequest.newContext({ baseURL: server.baseUrl });
    await staffPost('/api/v1/auth/login', manager);
    const properties = (await (await staff.get('/api/v1/properties')).json()) as Listed;
    const contractors = (await (await staff.get('/api/v1/contractors')).json()) as Listed;
    const persons = (await (await staff.get('/api/v1/persons')).json()) as Listed;
    property = properties.items.find((p) => p.addressLine) ?? properties.items[0]!;
    contact = persons.items.find((p) => (p.phones ?? []).length > 0) ?? persons.items[0]!;
    contractorsList = contractors.items;
    const created = (await staffPost('/api/v1/tickets', {
      type: 'ODS',
      propertyId: property.id,
      subject: 'Fuite sous l’évier de la cuisine',
      description: 'Le joint sous l’évier fuit depuis hier ; un seau est posé dessous.',
      contractors: [{ contractorId: contractors.items[0]!.id }],
      contactPerson: { personId: contact.id },
    })) as Ticket;
    ticketNumber = created.number;
    dispatchId = created.dispatches[0]!.id;
    const link = (await staffPost(`/api/v1/tickets/${ticketNumber}/links`, { dispatchId })) as { url: string };
    linkPath = new URL(link.url).pathname; // the link names the public address; the test server has its own port

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR', viewport: phone, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    watchPolicy(page);
  });

  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && page) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await page.screenshot({ path: `${screenshotDir}exchange-failed-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(pageErrors, 'errors thrown in the page').toEqual([]);
    expect(policyViolations, 'what the Content-Security-Policy blocked').toEqual([]);
  });

  afterAll(async () => {
    await staff?.dispose();
    await browser?.close();
    await server?.close();
  });

  it('when the contractor opens the link on a phone, then the page speaks French and shows the request, the address and the contact to call', async () => {
    await page.goto(linkPath);

    await expect.poll(() => heading().textContent()).toBe(x.step.work_order.requested.title);
    expect(new URL(page.url()).pathname, 'the secret leaves the address bar').toBe('/x');
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.getByTestId('exchange-ticket-number').textContent()).toBe(x.header.ticket.replace('{{number}}', String(ticketNumber)));
    expect(await page.getByTestId('exchange-step').textContent()).toContain(x.step.work_order.requested.text);
    await page.getByText('Fuite sous l’évier de la cuisine').waitFor();
    expect(await page.getByTestId('exchange-address').textContent()).toContain(property.addressLine);

    const contactSection = page.getByRole('region', { name: x.contact.title });
    await contactSection.getByText(contact.name, { exact: true }).waitFor();
    const call = contactSection.locator('a[href^="tel:"]').first();
    await call.waitFor();
    expect(await call.getAttribute('href')).toBe(`tel:${contact.phones![0]!.replace(/[^\d+]/g, '')}`);
    const box = await call.boundingBox();
    expect(box!.height, 'a call button is large enough for a thumb').toBeGreaterThanOrEqual(40);
    if ((contact.emails ?? []).length > 0) expect(await contactSection.locator(`a[href="mailto:${contact.emails![0]}"]`).count()).toBe(1);

    // The answer the step calls for is open; refusing is a tap away.
    expect(await page.getByRole('button', { name: x.actions.accept.title }).getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('button', { name: x.actions.refuse.title }).getAttribute('aria-expanded')).toBe('false');
    await noHorizontalScroll();
    await shot('open');
  });

  it('when the page is 360 px wide, then nothing scrolls sideways', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const messageCard = page.getByRole('region', { name: x.message.title }).getByRole('button', { name: x.message.title });
    await page.getByRole('button', { name: x.actions.refuse.title }).click();
    await messageCard.click();
    await noHorizontalScroll();
    await shot('360');
    await page.getByRole('button', { name: x.actions.refuse.title }).click();
    await messageCard.click();
    await page.setViewportSize(phone);
  });

  it('when axe checks the page, then it finds no serious or critical violation', async () => {
    expect(await axeViolations()).toEqual([]);
  });

  it('when the contractor accepts without a date, then the page says what is missing next to the fields', async () => {
    const accept = page.getByRole('region', { name: x.actions.accept.title });
    await accept.getByRole('button', { name: x.actions.accept.submit }).click();

    await accept.getByText(x.form.dateRequired).waitFor();
    await accept.getByText(x.form.durationRequired).waitFor();
    expect(await accept.getByRole('alert').textContent()).toContain(x.errors.checkFields);
  });

  it('when the server refuses a field, then its message shows next to that field', async () => {
    const accept = page.getByRole('region', { name: x.actions.accept.title });
    await page.route('**/api/v1/exchange/session', (route) =>
      route.request().method() === 'POST'
        ? route.fulfill({
            status: 400,
            contentType: 'application/json',
            body: JSON.stringify({ error: { code: 'validation_failed', message: 'startsAt is required.', details: [{ in: 'body', field: 'startsAt', message: 'is required' }] } }),
          })
        : route.fallback(),
    );
    await accept.getByLabel(x.form.date).fill(appointmentDate);
    await accept.getByLabel(x.form.time).fill('09:30');
    await accept.getByLabel(x.form.duration).selectOption('120');
    await accept.getByRole('button', { name: x.actions.accept.submit }).click();

    const date = accept.getByLabel(x.form.date);
    await expect.poll(() => date.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await date.getAttribute('aria-describedby')) ?? '';
    const described = await Promise.all(describedBy.split(' ').filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(described.join(' ')).toContain(x.form.required);
    expect(await accept.getByRole('alert').textContent()).toContain(x.errors.validation_failed);
    await page.unroute('**/api/v1/exchange/session');
  });

  it('when the contractor accepts with an appointment, then a confirmation and the proposed appointment show', async () => {
    const accept = page.getByRole('region', { name: x.actions.accept.title });
    await accept.getByLabel(x.form.date).fill(appointmentDate);
    await accept.getByLabel(x.form.time).fill('09:30');
    await accept.getByLabel(x.form.duration).selectOption('120');
    await accept.getByRole('button', { name: x.actions.accept.submit }).click();

    const confirmation = page.getByTestId('exchange-confirmation');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain(x.done.accept);
    await expect.poll(() => heading().textContent()).toBe(x.step.work_order.accepted.title);
    const when = await page.evaluate(
      ({ date }) => new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(`${date}T09:30`)),
      { date: appointmentDate },
    );
    expect(await page.getByTestId('exchange-step').textContent()).toContain(when);

    const answered = (await ticket()).dispatches[0]!;
    expect(answered.state).toBe('accepted');
    expect(answered.appointment?.durationMinutes).toBe(120);
    const expectedInstant = await page.evaluate(({ date }) => new Date(`${date}T09:30`).toISOString(), { date: appointmentDate });
    expect(new Date(answered.appointment!.startsAt).toISOString()).toBe(expectedInstant);
    await shot('accepted');
  });

  it('when the manager validates the appointment and the contractor says they are on site, then the page asks for the end of the work', async () => {
    await staffPost(`/api/v1/tickets/${ticketNumber}/actions`, { action: 'validate_appointment', dispatchId });
    await page.reload();
    await expect.poll(() => heading().textContent()).toBe(x.step.work_order.planned.title);

    const checkIn = page.getByRole('region', { name: x.actions.check_in.title });
    await checkIn.getByRole('radio', { name: x.actions.check_in.choices.on_site }).check();
    await shot('check-in');
    await checkIn.getByRole('button', { name: x.actions.check_in.submit }).click();

    await expect.poll(() => heading().textContent()).toBe(x.step.work_order.on_site.title);
    expect(await page.getByTestId('exchange-confirmation').textContent()).toContain(x.done.check_in);
    expect((await ticket()).dispatches[0]!.state).toBe('on_site');
    expect(await page.getByRole('button', { name: x.actions.complete.title }).getAttribute('aria-expanded')).toBe('true');
  });

  it('when the contractor declares the end of the work with a photo and the invoice amount, then the page shows the invoice received', async () => {
    const photo = `${scratchDir}evier-repare.png`;
    await writeFile(photo, PNG);
    const complete = page.getByRole('region', { name: x.actions.complete.title });
    await complete.getByLabel(x.actions.complete.comment).fill('Joint remplacé, plus de fuite.');

    // The camera button asks the phone for a photo (capture="environment").
    const camera = complete.getByRole('button', { name: x.files.takePhoto });
    await camera.waitFor();
    expect(await complete.locator('input[type="file"][capture="environment"][accept="image/*"][multiple]').count()).toBe(1);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), complete.getByRole('button', { name: x.files.choosePhotos }).click()]);
    await chooser.setFiles(photo);
    await complete.getByText('evier-repare.png').waitFor();
    await complete.getByLabel(x.actions.complete.invoiceAmount).fill('245,50');
    await shot('completion-form');
    await complete.getByRole('button', { name: x.actions.complete.submit }).click();

    await expect.poll(() => heading().textContent()).toBe(x.step.work_order.invoice_received.title);
    expect(await page.getByTestId('exchange-confirmation').textContent()).toContain(x.done.complete);
    const amount = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(245.5);
    expect(await page.getByTestId('exchange-step').textContent()).toContain(amount);
    await page.getByRole('button', { name: x.documents.openImage.replace('{{name}}', 'evier-repare.png') }).waitFor();
    await shot('invoice-received');

    const answered = await ticket();
    expect(answered.status).toBe('invoice_received');
    expect(answered.documents.map((d) => d.filename)).toContain('evier-repare.png');
  });

  it('when the contractor taps the photo, then it opens large, and closes with its button', async () => {
    await page.getByRole('button', { name: x.documents.openImage.replace('{{name}}', 'evier-repare.png') }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('img', { name: 'evier-repare.png' }).waitFor();
    await dialog.getByRole('button', { name: x.documents.close }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('when the contractor picks English, then the page speaks English, and French comes back with FR', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading().textContent()).toBe(en.exchange.step.work_order.invoice_received.title);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    await shot('english');

    await page.getByRole('button', { name: 'Français' }).click();
    await expect.poll(() => heading().textContent()).toBe(x.step.work_order.invoice_received.title);
  });

  it('when the contractor writes to the manager, then the message is sent and confirmed', async () => {
    await page.getByRole('button', { name: x.message.open, exact: true }).first().click();
    const message = page.getByRole('region', { name: x.message.title });
    await message.getByRole('button', { name: x.message.submit }).click();
    await message.getByText(x.message.required).waitFor();

    await message.getByLabel(x.message.body).fill('La facture papier suit par courrier.');
    await message.getByRole('button', { name: x.message.submit }).click();
    await expect.poll(() => page.getByTestId('exchange-confirmation').textContent()).toContain(x.done.message);
    expect(await message.getByLabel(x.message.body).isVisible(), 'the form closes once sent').toBe(false);
  });

  it('when the contractor taps Help, then the guide opens and leads back to the request', async () => {
    await page.getByRole('link', { name: x.header.help }).click();
    await expect.poll(() => heading().textContent()).toBe(x.help.title);
    await page.getByRole('link', { name: x.help.back }).first().click();
    await expect.poll(() => heading().textContent()).toBe(x.step.work_order.invoice_received.title);
  });

  it('when the link is tampered with, then a kind page says the link is not valid and tells nothing of the ticket', async () => {
    const tampered = linkPath.slice(0, -3) + (linkPath.endsWith('AAA') ? 'BBB' : 'AAA');
    await page.goto(tampered);

    await expect.poll(() => heading().textContent()).toBe(x.problem.link_invalid.title);
    expect(page.url()).toContain('problem=link_invalid');
    const text = (await page.locator('body').textContent()) ?? '';
    expect(text).toContain(x.problem.link_invalid.next);
    expect(text).not.toContain('Fuite');
    expect(text).not.toContain(property.addressLine!);
    expect(await axeViolations()).toEqual([]);
    await shot('link-invalid');
  });

  it('when the manager closes the ticket, then the page says the request is finished', async () => {
    await staffPost(`/api/v1/tickets/${ticketNumber}/actions`, { action: 'close' });

    await page.goto('/x'); // the page's session still stands for the link
    await expect.poll(() => heading().textContent()).toBe(x.problem.ticket_closed.title);
    expect((await page.locator('body').textContent()) ?? '').not.toContain('Fuite');
    await shot('closed');

    await page.goto(linkPath); // the link itself
    await expect.poll(() => heading().textContent()).toBe(x.problem.ticket_closed.title);
    expect(page.url()).toContain('problem=ticket_closed');
  });

  it('when the contractor opens the help, then a guide explains each step, in French and in English', async () => {
    await page.goto('/x?view=help');
    await expect.poll(() => heading().textContent()).toBe(x.help.title);
    for (const section of ['accept', 'checkIn', 'completion', 'quote'] as const) {
      await page.getByRole('heading', { name: x.help.sections[section].title }).waitFor();
    }
    expect(await axeViolations()).toEqual([]);
    await noHorizontalScroll();
    await shot('help');

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => heading().textContent()).toBe(en.exchange.help.title);
    await page.getByRole('heading', { name: en.exchange.help.sections.completion.title }).waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
  });

  it('when the session cookie is gone, then the page asks to open the link again', async () => {
    await context.clearCookies();
    await page.goto('/x');
    await expect.poll(() => heading().textContent()).toBe(x.problem.session_ended.title);
  });

  describe('a quote, sent by the contractor and approved by the council president', () => {
    let quoteNumber = 0;
    let quoteDispatchId = '';
    let approverContext: BrowserContext;

    afterAll(async () => {
      await approverContext?.close();
    });

    it('when the contractor sends a quote with its document, then the page shows it in the manager\'s hands', async () => {
      const created = (await staffPost('/api/v1/tickets', {
        type: 'DS',
        propertyId: property.id,
        subject: 'Ravalement de la façade côté cour',
        description: 'Devis demandé pour le ravalement de la façade côté cour.',
        contractors: [{ contractorId: contractorsList[1]!.id }],
        contactPerson: { personId: contact.id },
      })) as Ticket;
      quoteNumber = created.number;
      quoteDispatchId = created.dispatches[0]!.id;
      const link = (await staffPost(`/api/v1/tickets/${quoteNumber}/links`, { dispatchId: quoteDispatchId })) as { url: string };
      await page.goto(new URL(link.url).pathname);
      await expect.poll(() => heading().textContent()).toBe(x.step.quote.requested.title);

      const quote = page.getByRole('region', { name: x.actions.submit_quote.title });
      await quote.getByRole('button', { name: x.actions.submit_quote.submit }).click();
      await quote.getByText(x.form.amountRequired).waitFor();

      const file = `${scratchDir}devis-facade.pdf`;
      await writeFile(file, PDF);
      await quote.getByLabel(x.actions.submit_quote.amount).fill('1200');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), quote.getByRole('button', { name: x.files.chooseFiles }).click()]);
      await chooser.setFiles(file);
      await quote.getByLabel(x.actions.submit_quote.validUntil).fill(daysAhead(60));
      await quote.getByRole('button', { name: x.actions.submit_quote.submit }).click();

      await expect.poll(() => heading().textContent()).toBe(x.step.quote.quote_received.title);
      const amount = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(1200);
      expect(await page.getByTestId('exchange-step').textContent()).toContain(amount);
      const pdf = page.getByRole('link', { name: /devis-facade\.pdf/ });
      expect(await pdf.getAttribute('target')).toBe('_blank');
      expect((await ticket(quoteNumber)).dispatches[0]!.state).toBe('quote_received');
    });

    it('when the approver opens their link, then they see the quote, its amount and its document, with no serious accessibility violation', async () => {
      await staffPost(`/api/v1/tickets/${quoteNumber}/actions`, {
        action: 'request_approval',
        dispatchIds: [quoteDispatchId],
        approver: { name: 'Hélène Durand', emails: ['presidente.cs@example.test'], channels: ['email'] },
      });
      const approver = (await ticket(quoteNumber)).approvers?.find((a) => a.name === 'Hélène Durand');
      expect(approver).toBeTruthy();
      const link = (await staffPost(`/api/v1/tickets/${quoteNumber}/links`, { partyId: approver!.id })) as { url: string };

      approverContext = await browser!.newContext({ baseURL: server!.baseUrl, locale: 'fr-FR', viewport: phone, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      page = await approverContext.newPage();
      page.setDefaultTimeout(15_000);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      watchPolicy(page);
      await page.goto(new URL(link.url).pathname);

      await expect.poll(() => heading().textContent()).toBe(x.step.approver.title);
      expect(await page.getByTestId('exchange-step').textContent()).toContain(x.step.approver.awaited);
      const card = page.getByRole('article', { name: contractorsList[1]!.name });
      await card.getByText(new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' }).format(1200)).waitFor();
      await card.getByRole('link', { name: /devis-facade\.pdf/ }).waitFor();
      expect(await page.getByRole('region', { name: x.contact.title }).count(), 'an approver is not sent to the site').toBe(0);
      expect(await axeViolations()).toEqual([]);
      await noHorizontalScroll();
      await shot('approver');
    });

    it('when the approver declines without a word, then the page asks why; with a comment, the approval is confirmed', async () => {
      const card = page.getByRole('article', { name: contractorsList[1]!.name });
      await card.getByRole('button', { name: x.approver.disapprove }).click();
      await card.getByText(x.approver.commentRequired).waitFor();

      await card.getByLabel(x.approver.comment).fill('Bon pour accord, travaux à prévoir au printemps.');
      await card.getByRole('button', { name: x.approver.approve }).click();

      await expect.poll(() => page.getByTestId('exchange-confirmation').textContent()).toContain(x.done.approve);
      expect(await page.getByTestId('exchange-step').textContent()).toContain(x.step.approver.decided);
      await page.getByText(x.quoteState.approved).waitFor();
      expect((await ticket(quoteNumber)).dispatches[0]!.state).toBe('approved');
      await shot('approved');
    });
  });
});
