// Browser journey of the administration screens: an app and master-data admin edits the French
// SMS work-order template with the honest counter (UCS-2 → replace → GSM-7), saves it and
// previews it with the example ticket (an admin may not read tickets); changes a setting that survives a reload; adds and removes a
// default attachment; creates a contractor with two emails and searches the contractors; dry-runs
// a contractors CSV; then a manager reads a ticket's messages in the outbox. axe-core checks the
// settings, default attachments, templates and outbox pages.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { request, type APIRequestContext } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import {
  expectNoSeriousA11yViolations, manager, screenshot, screenshotDir, signIn, startJourney, stopJourney, userMenu, type Journey,
} from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const A = fr.admin;
/** A one-page PDF, as test/browser/exchange.test.ts builds it. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 10 10]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

/** Signs in through the API in a context of its own (the page's session is left alone). */
async function apiAs(baseURL: string, user: { email: string; password: string }): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL });
  const login = await api.post('/api/v1/auth/login', { data: { email: user.email, password: user.password } });
  expect(login.status(), await login.text()).toBe(200);
  return api;
}

async function itemsOf<T>(api: APIRequestContext, path: string): Promise<T[]> {
  const response = await api.get(`${path}?limit=200`);
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { items: T[] }).items;
}

describe('translations of the administration screens', () => {
  const flatten = (tree: Record<string, unknown>, prefix = ''): string[] =>
    Object.entries(tree).flatMap(([key, value]) =>
      value && typeof value === 'object' ? flatten(value as Record<string, unknown>, `${prefix}${key}.`) : [`${prefix}${key}`],
    );
  const frKeys = new Set(flatten(fr.admin, 'admin.'));
  const enKeys = new Set(flatten(en.admin, 'admin.'));
  const has = (key: string) => frKeys.has(key) || frKeys.has(`${key}_one`) || frKeys.has(`${key}_other`);
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
    });

  it('French and English have the same admin keys, none empty, and every key the admin code names exists', () => {
    expect([...frKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !frKeys.has(k))).toEqual([]);
    const used = new Set<string>();
    for (const file of sources(fileURLToPath(new URL('../../web/src/admin/', import.meta.url)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/'(admin\.[a-zA-Z0-9_.]+)'/g)) used.add(match[1]!);
    }
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((key) => !has(key))).toEqual([]);
  });
});

describe('the administration screens', () => {
  let journey: Journey | undefined;
  let managerApi: APIRequestContext | undefined;
  let ticketNumber = 0;
  const page = () => journey!.page;
  const main = () => page().getByRole('main');
  /** Follows a link of the cockpit's navigation (pages may link to each other too). */
  const go = (label: string) => page().getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  /** Waits for the page's transitions (a drawer sliding in) to end: axe reads colours mid-fade. */
  const settled = () => expect.poll(() => page().evaluate(() => document.getAnimations().length)).toBe(0);

  beforeAll(async () => {
    journey = await startJourney();
    // A ticket (a work order to a contractor) created by a manager through the API: its messages
    // are in the outbox, and the template preview renders with it.
    managerApi = await apiAs(journey.server.baseUrl, manager);
    const properties = await itemsOf<{ id: string; externalRef: string }>(managerApi, '/api/v1/properties');
    const contractors = await itemsOf<{ id: string; externalRef: string }>(managerApi, '/api/v1/contractors');
    const created = await managerApi.post('/api/v1/tickets', {
      data: {
        type: 'ODS',
        propertyId: properties.find((p) => p.externalRef === 'COP-001')!.id,
        subject: 'Fuite sous l’évier de la loge',
        description: 'Fuite sous l’évier de la loge — merci d’intervenir.',
        contractors: [{ contractorId: contractors.find((c) => c.externalRef === 'F-001')!.id }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    ticketNumber = ((await created.json()) as { number: number }).number;
    await signIn(page(), admin);
  });

  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && journey) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await journey.page.screenshot({ path: `${screenshotDir}failed-admin-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(journey?.pageErrors ?? [], 'errors thrown in the page').toEqual([]);
  });

  afterAll(async () => {
    await managerApi?.dispose();
    await stopJourney(journey);
  });

  it('when the admin changes a setting and saves, then it is still there after a reload', async () => {
    await go(A.nav.settings);
    await main().getByRole('heading', { level: 2, name: A.settings.title }).waitFor();
    const readReceipt = main().getByRole('switch', { name: A.settings.contractors.readReceipt });
    const firstResponse = main().getByRole('textbox', { name: A.settings.timing.firstResponseHours });
    await readReceipt.waitFor();
    expect(await readReceipt.isChecked()).toBe(false);
    await expectNoSeriousA11yViolations(page(), 'the settings page');

    await readReceipt.check();
    await firstResponse.fill('36');
    await main().getByRole('button', { name: A.settings.save }).click();
    await expect.poll(() => main().getByRole('status').filter({ hasText: A.settings.saved }).count()).toBe(1);
    await screenshot(page(), 'admin-settings');

    await page().reload();
    await main().getByRole('switch', { name: A.settings.contractors.readReceipt }).waitFor();
    expect(await main().getByRole('switch', { name: A.settings.contractors.readReceipt }).isChecked()).toBe(true);
    expect(await main().getByRole('textbox', { name: A.settings.timing.firstResponseHours }).inputValue()).toBe('36');
  });

  it('when a setting is out of range, then the field says why and nothing is saved', async () => {
    const warn = main().getByRole('textbox', { name: A.settings.timing.warnDays });
    await warn.fill('9');
    await main().getByRole('button', { name: A.settings.save }).click();
    await main().getByText(A.settings.timing.ageOrder).waitFor();
    expect(await main().getByRole('alert').filter({ hasText: A.settings.notSaved }).count()).toBe(1);
    const stored = (await (await page().request.get('/api/v1/settings')).json()) as { settings: { ageColours: { warnDays: number } } };
    expect(stored.settings.ageColours.warnDays).toBe(2);
  });

  it('when the admin adds a PDF as a default attachment, then it is listed with its size; once removed (confirmed) it is gone', async () => {
    // A fresh page: the previous test left a field in error.
    await page().reload();
    const section = main().getByRole('group', { name: A.settings.defaultAttachments.legend });
    await section.getByText(A.settings.defaultAttachments.empty).waitFor();
    await section.getByRole('button', { name: A.settings.defaultAttachments.add }).waitFor();
    await section.locator('input[type="file"]').setInputFiles({ name: 'conditions-intervention.pdf', mimeType: 'application/pdf', buffer: PDF });
    const row = section.getByRole('row').filter({ hasText: 'conditions-intervention.pdf' });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/1\s?ko/);
    await section.getByRole('status').filter({ hasText: A.settings.defaultAttachments.added_one }).waitFor();
    const stored = (await (await page().request.get('/api/v1/settings/default-attachments')).json()) as { items: { filename: string; contentType: string }[] };
    expect(stored.items.map((item) => [item.filename, item.contentType])).toEqual([['conditions-intervention.pdf', 'application/pdf']]);
    await expectNoSeriousA11yViolations(page(), 'the default attachments');

    await row.getByRole('button', { name: A.settings.defaultAttachments.removeNamed.replace('{{name}}', 'conditions-intervention.pdf') }).click();
    await page().getByRole('dialog', { name: A.settings.defaultAttachments.removeTitle }).getByRole('button', { name: A.settings.defaultAttachments.removeConfirm }).click();
    await section.getByText(A.settings.defaultAttachments.empty).waitFor();
    const after = (await (await page().request.get('/api/v1/settings/default-attachments')).json()) as { items: unknown[] };
    expect(after.items).toEqual([]);
  });

  it('lists the templates by audience with their channels, languages and whether they were customised', async () => {
    await go(A.nav.templates);
    await main().getByRole('heading', { level: 2, name: A.templates.title }).waitFor();
    await main().getByRole('heading', { level: 3, name: A.templates.audience.contractor }).waitFor();
    expect(await main().getByRole('heading', { level: 3, name: A.templates.audience.watcher }).count()).toBe(1);
    expect(await main().getByText(A.templates.customised, { exact: true }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page(), 'the templates list');
    await screenshot(page(), 'admin-templates');
  });

  it('when the SMS text has an "ê", then the counter says UCS-2 with its parts; replacing it gives GSM-7', async () => {
    const name = A.templates.editVariant
      .replace('{{name}}', A.templates.names.work_order)
      .replace('{{channel}}', fr.codes.channel.sms)
      .replace('{{language}}', A.languages.fr);
    await main().getByRole('link', { name, exact: true }).click();
    const body = main().getByRole('textbox', { name: A.templates.field.body });
    await body.waitFor();
    expect(await body.inputValue()).toBe('Un ordre de service vous a été transmis.');
    const encoding = main().getByTestId('sms-encoding');
    expect(await encoding.textContent()).toBe(A.templates.sms.gsm7);

    // 80 characters: one GSM-7 part would hold them, but "ê" forces UCS-2: 70, then 67 a part.
    const text = 'Une fenêtre du hall est cassée : merci de passer la remplacer au plus vite SVP.';
    await body.fill(text);
    await expect.poll(() => encoding.textContent()).toBe(A.templates.sms.ucs2);
    expect(await main().getByTestId('sms-parts').textContent()).toBe('2 SMS');
    const warning = main().getByTestId('sms-ucs2-warning');
    expect(await warning.textContent()).toContain('ê');
    await expectNoSeriousA11yViolations(page(), 'the SMS template editor');
    await screenshot(page(), 'admin-template-sms-ucs2');

    await warning.getByRole('button', { name: A.templates.sms.replace }).click();
    await expect.poll(() => encoding.textContent()).toBe(A.templates.sms.gsm7);
    expect(await body.inputValue()).toBe('Une fenetre du hall est cassée : merci de passer la remplacer au plus vite SVP.');
    expect(await main().getByTestId('sms-parts').textContent()).toBe('1 SMS');
  });

  it('when a variable is unknown, then saving lists the error with its line; once fixed the template saves', async () => {
    const body = main().getByRole('textbox', { name: A.templates.field.body });
    const fixed = await body.inputValue();
    await body.fill(`${fixed}\nRéf. {{ tiket.number }}`);
    await main().getByRole('button', { name: A.templates.save }).click();
    const problems = main().getByTestId('template-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain(A.templates.problems.where.replace('{{field}}', A.templates.field.body).replace('{{line}}', '2').replace('{{column}}', '9'));
    expect(await problems.textContent()).toContain('tiket.number');

    // Insert the right variable where the caret is, instead of typing it.
    await body.fill(`${fixed}\nRéf. `);
    await body.press('End');
    await main().getByRole('button', { name: `${A.templates.variables.insert} ticket.number ${A.templates.variables.names.ticket_number}`, exact: true }).click();
    expect(await body.inputValue()).toBe(`${fixed}\nRéf. {{ ticket.number }}`);
    await main().getByRole('button', { name: A.templates.save }).click();
    await expect.poll(() => main().getByRole('status').filter({ hasText: A.templates.saved }).count()).toBe(1);

    const stored = (await (await page().request.get('/api/v1/templates/work_order/sms/fr')).json()) as { body: string; customised: boolean };
    expect(stored.customised).toBe(true);
    expect(stored.body).toBe(`${fixed}\nRéf. {{ ticket.number }}`);
  });

  it('when the admin (who may not read tickets) previews, then the whole SMS shows with the example ticket, as it says, with its real count', async () => {
    // No ticket number to type: the admin may not read tickets, the preview says it uses an example.
    expect(await main().getByRole('textbox', { name: A.templates.preview.ticketNumber }).count()).toBe(0);
    expect(await main().getByTestId('preview-example-note').textContent()).toBe(A.templates.preview.exampleNote);
    const sms = main().getByTestId('preview-sms-text');
    // Shown from the start, it follows the text after a pause: wait for the saved body's line.
    await expect.poll(() => sms.textContent()).toContain('Réf. 1234');
    const text = (await sms.textContent()) ?? '';
    expect(text.startsWith('Ticket 1234: Une fenetre du hall')).toBe(true);
    expect(text).toContain('Réf. 1234');
    expect(text.startsWith(`Ticket ${ticketNumber}:`)).toBe(ticketNumber === 1234);
    expect(text).toContain('/x/');
    const full = main().getByTestId('sms-full-count');
    expect(await full.textContent()).toContain(A.templates.sms.gsm7);
    // The body alone fits one SMS; with the prefix, the link and the signature it takes two.
    expect(await main().getByTestId('sms-full-parts').textContent()).toBe('2 SMS');
    await screenshot(page(), 'admin-template-sms-preview');
  });

  it('when the template is reset to the default (confirmed), then the shipped text is back', async () => {
    await main().getByRole('button', { name: A.templates.reset }).click();
    await page().getByRole('dialog', { name: A.templates.resetTitle }).getByRole('button', { name: A.templates.resetConfirm }).click();
    await expect.poll(() => main().getByRole('textbox', { name: A.templates.field.body }).inputValue()).toBe('Un ordre de service vous a été transmis.');
    const stored = (await (await page().request.get('/api/v1/templates/work_order/sms/fr')).json()) as { customised: boolean };
    expect(stored.customised).toBe(false);
  });

  it('when the admin creates a contractor with two emails, then the list shows it with both', async () => {
    await go(A.nav.contractors);
    await main().getByRole('heading', { level: 2, name: A.contractors.title }).waitFor();
    await main().getByRole('button', { name: A.contractors.new }).click();
    const drawer = page().getByRole('dialog', { name: A.contractors.new });
    await drawer.getByRole('textbox', { name: A.common.name, exact: true }).fill('Vitrerie Lumière');
    await drawer.getByRole('textbox', { name: A.common.externalRef, exact: true }).fill('F-500');
    await drawer.getByRole('combobox', { name: A.contractors.trades }).click();
    await page().getByRole('option', { name: fr.codes.trade.glazing }).click();
    await drawer.getByRole('textbox', { name: A.common.emailN.replace('{{n}}', '1') }).fill('contact@vitrerie-lumiere.fr');
    await drawer.getByRole('button', { name: A.common.addEmail }).click();
    await drawer.getByRole('textbox', { name: A.common.emailN.replace('{{n}}', '2') }).fill('devis@vitrerie-lumiere.fr');
    await drawer.getByRole('textbox', { name: A.common.phoneN.replace('{{n}}', '1') }).fill('+33 4 78 00 11 22');
    await drawer.getByRole('button', { name: fr.common.save }).click();

    await main().getByRole('status').filter({ hasText: 'Vitrerie Lumière' }).waitFor();
    const row = main().getByRole('row').filter({ hasText: 'Vitrerie Lumière' });
    await row.waitFor();
    expect(await row.textContent()).toContain('contact@vitrerie-lumiere.fr');
    expect(await row.textContent()).toContain('devis@vitrerie-lumiere.fr');
    const stored = (await itemsOf<{ externalRef: string; emails: string[]; trades: string[] }>(managerApi!, '/api/v1/contractors')).find((c) => c.externalRef === 'F-500');
    expect(stored?.emails).toEqual(['contact@vitrerie-lumiere.fr', 'devis@vitrerie-lumiere.fr']);
    expect(stored?.trades).toEqual(['glazing']);
    await screenshot(page(), 'admin-contractors');
  });

  it('when an email is not valid, then the contractor form says so under that email, until the email is corrected', async () => {
    await main().getByRole('button', { name: A.contractors.new }).click();
    const drawer = page().getByRole('dialog', { name: A.contractors.new });
    await drawer.getByRole('textbox', { name: A.common.name, exact: true }).fill('Toitures du Rhône');
    await drawer.getByRole('combobox', { name: A.contractors.trades }).click();
    await page().getByRole('option', { name: fr.codes.trade.roofing }).click();
    await drawer.getByRole('textbox', { name: A.common.emailN.replace('{{n}}', '1') }).fill('pas-un-email');
    await drawer.getByRole('button', { name: fr.common.save }).click();
    await drawer.getByText(A.validation.email).waitFor();
    const email = drawer.getByRole('textbox', { name: A.common.emailN.replace('{{n}}', '1') });
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // Corrected: the message about the old value goes at once, before saving again; the form's
    // own alert stays until the next submit.
    await email.fill('contact@toitures-rhone.fr');
    await expect.poll(() => drawer.getByText(A.validation.email).isVisible()).toBe(false);
    expect(await email.getAttribute('aria-invalid')).not.toBe('true');
    await drawer.getByRole('alert').waitFor();
    await drawer.getByRole('button', { name: fr.common.cancel }).click();
  });

  it('when "plomb" is typed in the contractors search, then only Plomberie Dupuis is listed', async () => {
    const table = main().getByTestId('contractors-table');
    await table.getByRole('row').filter({ hasText: 'Vitrerie Lumière' }).waitFor();
    const searched = page().waitForResponse((response) => response.url().includes('/api/v1/contractors?q=plomb') && response.ok());
    await main().getByRole('searchbox', { name: A.common.search }).fill('plomb');
    await searched;
    const names = () => table.getByRole('rowheader').allTextContents();
    await expect.poll(names).toEqual(['Plomberie Dupuis']);
    await main().getByRole('searchbox', { name: A.common.search }).fill('');
    await expect.poll(async () => (await names()).length).toBeGreaterThan(1);
  });

  it('when a manager will be away, the admin delegates their tickets to the assistant until a day', async () => {
    await go(A.nav.users);
    await main().getByRole('button', { name: A.common.editNamed.replace('{{name}}', manager.name) }).click();
    const drawer = page().getByRole('dialog', { name: A.users.edit.replace('{{name}}', manager.name) });
    const delegate = drawer.getByRole('textbox', { name: A.users.delegate }).or(drawer.getByRole('combobox', { name: A.users.delegate }));
    await delegate.click();
    await page().getByRole('option', { name: 'Julien Bernard' }).click();
    const lastDay = `${new Date().getFullYear() + 1}-06-30`;
    await drawer.getByLabel(A.users.until).fill(lastDay);
    await drawer.getByRole('button', { name: fr.common.save }).click();

    const row = main().getByRole('row').filter({ hasText: manager.email });
    await expect.poll(() => row.textContent()).toContain(A.users.delegatedTo.replace('{{name}}', 'Julien Bernard').split(' {{date}}')[0]!);
    const users = await itemsOf<{ email: string; id: string; delegateUserId: string | null; delegateUntil: string | null }>(managerApi!, '/api/v1/users');
    const camille = users.find((u) => u.email === manager.email)!;
    expect(camille.delegateUserId).toBe(users.find((u) => u.email === 'assistant@demo.gardien.test')!.id);
    // "Until (included)": the whole of that day, in the browser's time zone.
    expect(new Date(camille.delegateUntil!).getTime()).toBe(new Date(`${lastDay}T23:59:59.999`).getTime());
    await screenshot(page(), 'admin-users-delegation');
  });

  it('when a contractors CSV is dry-run, then the report says what would be created and nothing is written', async () => {
    await go(A.nav.import);
    await main().getByRole('heading', { level: 2, name: A.import.title }).waitFor();
    const csv = 'external_ref,name,trades,emails,phones\nF-600,Jardins du Rhône,gardening|cleaning,contact@jardins.fr|devis@jardins.fr,+33 4 78 12 12 12\n';
    await page().locator('input[type="file"]').setInputFiles({ name: 'fournisseurs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await main().getByText('fournisseurs.csv', { exact: false }).waitFor();
    expect(await main().getByRole('button', { name: A.import.run, exact: true }).isDisabled()).toBe(true);
    await main().getByRole('button', { name: A.import.dryRun }).click();

    const report = main().getByTestId('import-report');
    await report.waitFor();
    expect(await report.getByText(A.import.rowAction.dry.create, { exact: true }).count()).toBe(1);
    expect(await report.textContent()).toContain('F-600');
    expect(await main().getByRole('button', { name: A.import.run, exact: true }).isEnabled()).toBe(true);
    const contractors = await itemsOf<{ externalRef: string }>(managerApi!, '/api/v1/contractors');
    expect(contractors.some((c) => c.externalRef === 'F-600')).toBe(false);
    await screenshot(page(), 'admin-import-dry-run');
  });

  it('when a CSV row is wrong, then the dry run lists the error with its line and column', async () => {
    const csv = 'external_ref,name,trades\nF-601,Ramonage Express,chimney_sweeping\nF-602,Astrologie SA,astrology\n';
    await page().locator('input[type="file"]').setInputFiles({ name: 'erreurs.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await main().getByRole('button', { name: A.import.dryRun }).click();
    const errors = main().getByTestId('import-errors');
    await errors.waitFor();
    const row = errors.getByRole('row').filter({ hasText: 'astrology' });
    expect(await row.getByRole('cell').first().textContent()).toBe('3');
    expect(await row.textContent()).toContain('trades');
    // Said in the interface's language, naming the trades as the app shows them.
    expect(await row.textContent()).toContain("« astrology » n'est pas un métier connu ; les métiers sont Plomberie, Électricité");
    expect(await main().getByRole('button', { name: A.import.run, exact: true }).isDisabled()).toBe(true);
  });

  it("when a manager opens the outbox of a ticket, then its messages are listed and one opens with its content", async () => {
    await userMenu(page(), fr.shell.signOut);
    await signIn(page(), manager);
    await go(A.nav.outbox);
    await main().getByRole('heading', { level: 2, name: A.outbox.title }).waitFor();
    const filtered = page().waitForResponse((response) => response.url().includes(`/api/v1/outbox?ticket=${ticketNumber}`) && response.ok());
    await main().getByRole('textbox', { name: A.outbox.ticket }).fill(String(ticketNumber));
    await filtered;
    expect(page().url()).toContain(`ticket=${ticketNumber}`);
    const rows = main().locator('tr[data-message]');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const tickets = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-ticket')));
    expect(new Set(tickets)).toEqual(new Set([String(ticketNumber)]));
    expect(await main().getByTestId('outbox-counts').textContent()).toContain(A.outbox.states.held);
    // Each state badge shows its whole word, even in a narrower window.
    await page().setViewportSize({ width: 1024, height: 800 });
    const cut = await main().getByTestId('outbox-table').locator('.mantine-Badge-root').evaluateAll((badges) =>
      badges.filter((badge) => badge.scrollWidth > badge.clientWidth + 1 || (badge.firstElementChild?.scrollWidth ?? 0) > (badge.firstElementChild?.clientWidth ?? 0) + 1).map((badge) => badge.textContent),
    );
    expect(cut).toEqual([]);
    await page().setViewportSize({ width: 1440, height: 900 });
    await expectNoSeriousA11yViolations(page(), 'the outbox');
    await screenshot(page(), 'admin-outbox');

    const email = rows.filter({ hasText: `[Ticket n°${ticketNumber}]` }).first();
    await email.getByRole('button').first().click();
    const drawer = page().getByRole('dialog');
    await drawer.waitFor();
    const frame = drawer.getByTestId('outbox-html');
    await frame.waitFor();
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await drawer.textContent()).toContain(`[Ticket n°${ticketNumber}]`);
    await settled();
    await expectNoSeriousA11yViolations(page(), 'an outbox message');
    await screenshot(page(), 'admin-outbox-message');
  });
});
