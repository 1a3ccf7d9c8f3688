// The public web form in a real Chromium, on a phone: a resident who sends the form empty is told
// what is missing, field by field, with the focus on the first problem; then describes a leak,
// adds a photo (seen, removed, added again), names the building, the flat and a way to answer,
// and sees the confirmation with the ticket's number — the ticket waits for the manager with the
// photo. The page speaks English when asked, and an agency's site frames it with the snippet.
import { createServer, type Server } from 'node:http';
import { crc32, deflateSync, gzipSync } from 'node:zlib';
import { request as playwrightRequest } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, manager, screenshot, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

const w = fr.webform;
/** The form's JavaScript, gzipped: as light as the parties' pages (light-pages.test.ts). */
const WEBFORM_JS_KB = 95;

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real 2×2 PNG. */
function png(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(rows)), pngChunk('IEND', Buffer.alloc(0))]);
}

describe('the public web form', () => {
  let journey: Journey;

  beforeAll(async () => {
    journey = await startJourney();
    await journey.page.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(async () => {
    expect(journey?.pageErrors ?? []).toEqual([]);
    await stopJourney(journey);
  });

  it('when a resident on a phone sends the form, then each missing answer is said under its field, and once complete they see the number of their request', async () => {
    const { page } = journey;
    await page.goto('/f/demo');
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    await expect.poll(() => page.getByTestId('webform-agency').textContent()).toBe('Agence Démo Gardien');
    await expectNoSeriousA11yViolations(page, 'the web form');

    // Sent empty: every problem under its field, the first one focused.
    await page.getByRole('button', { name: w.submit }).click();
    const description = page.getByRole('textbox', { name: w.description.label });
    await expect.poll(() => description.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => description.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => description.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent)).toBe(w.errors.required);
    expect(await page.getByRole('combobox', { name: w.property.label }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText(w.errors.contact).count()).toBe(2);
    await page.getByRole('alert').filter({ hasText: w.errors.summary }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the web form with its errors');

    // What: a leak in the kitchen, with a photo.
    await page.getByRole('combobox', { name: w.category.label }).selectOption({ label: "Plomberie / fuite d'eau" });
    const where = page.getByRole('combobox', { name: 'Où est la fuite ?' });
    await where.selectOption('cuisine');
    await page.getByRole('radio', { name: w.yes }).check();
    await description.fill('De l’eau coule sous l’évier depuis ce matin.');
    const choose = page.locator('input[type=file]:not([capture])');
    await choose.setInputFiles({ name: 'evier.png', mimeType: 'image/png', buffer: png() });
    const photos = page.getByRole('list', { name: w.photos.chosen });
    await expect.poll(() => photos.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(2);
    await page.getByRole('button', { name: w.photos.remove.replace('{{name}}', 'evier.png') }).click();
    await expect.poll(() => photos.count()).toBe(0);
    await choose.setInputFiles({ name: 'fuite.png', mimeType: 'image/png', buffer: png() });
    await photos.getByText('fuite.png').waitFor();

    // Where and who.
    const building = page.getByRole('combobox', { name: w.property.label });
    await building.selectOption({ label: 'Résidence Les Tilleuls — 12 rue des Tilleuls, 69003 Lyon' });
    await page.getByRole('textbox', { name: w.unit.label }).fill('Bât. A, 2e étage, porte droite');
    await page.getByRole('textbox', { name: w.name.label }).fill('Inès Garnier');
    await page.getByRole('textbox', { name: w.email.label }).fill('ines.garnier@example.test');
    expect(await page.getByText(w.errors.summary).count(), 'the summary goes once every field is right').toBe(0);
    await screenshot(page, 'webform-filled');
    await page.getByRole('button', { name: w.submit }).click();

    const done = page.getByRole('heading', { level: 1, name: w.done.title });
    await done.waitFor();
    await expect.poll(() => done.evaluate((el) => el === document.activeElement)).toBe(true);
    const said = await page.getByTestId('webform-confirmation').getByRole('status').textContent();
    const number = Number(/n°\s(\d+)/.exec(said ?? '')?.[1]);
    expect(number, said ?? '').toBeGreaterThan(0);
    expect(await page.getByText(w.errors.summary).count(), 'no stale error once sent').toBe(0);
    await page.getByText(w.done.email.replace('{{email}}', 'ines.garnier@example.test')).waitFor();
    await expectNoSeriousA11yViolations(page, 'the web form\u2019s confirmation');
    await screenshot(page, 'webform-sent');

    // The manager finds it waiting, with the photo.
    const staff = await playwrightRequest.newContext({ baseURL: journey.server.baseUrl });
    await staff.post('/api/v1/auth/login', { data: { email: manager.email, password: manager.password } });
    const ticket = (await (await staff.get(`/api/v1/tickets/${number}`)).json()) as { type: string; source: string; property: { name: string }; categoryFields: unknown; documents: { filename: string }[]; requester: { name: string } };
    await staff.dispose();
    expect(ticket).toMatchObject({ type: 'PENDING', source: 'webform', property: { name: 'Résidence Les Tilleuls' }, categoryFields: { location: 'cuisine', water_cut: true }, requester: { name: 'Inès Garnier' } });
    expect(ticket.documents.map((d) => d.filename)).toEqual(['fuite.png']);

    // Another request starts from an empty form.
    await page.getByRole('button', { name: w.done.another }).click();
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    expect(await page.getByRole('textbox', { name: w.description.label }).inputValue()).toBe('');
  });

  it('when the address asks for English, then the form speaks English, and the switch brings French back', async () => {
    const page = await journey.context.newPage();
    page.on('pageerror', (error) => journey.pageErrors.push(error.message));
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/f/demo?lang=en');
    await page.getByRole('heading', { level: 1, name: en.webform.title }).waitFor();
    await page.getByRole('combobox', { name: en.webform.category.label }).selectOption({ label: 'Chauffage' });
    await page.getByRole('textbox', { name: 'Number of cold radiators' }).waitFor();
    await page.getByRole('button', { name: /^FR/ }).click();
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    await page.getByRole('textbox', { name: 'Nombre de radiateurs froids' }).waitFor();
    await page.close();
  });

  it('when a resident opens the form, then it brings no Mantine and little JavaScript', async () => {
    const page = await journey.context.newPage();
    page.on('pageerror', (error) => journey.pageErrors.push(error.message));
    const scripts: Promise<{ url: string; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(body).length })));
    });
    await page.goto('/f/demo');
    await page.getByRole('heading', { level: 1, name: w.title }).waitFor();
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(scripts);
    expect(loaded.map((s) => s.url).filter((url) => /cockpit|first-screen|mantine|i18n-/i.test(url))).toEqual([]);
    expect(loaded.reduce((sum, s) => sum + s.gzip, 0) / 1024, loaded.map((s) => `${s.url} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')).toBeLessThan(WEBFORM_JS_KB);
    expect(await page.evaluate(() => document.querySelector('[class*="mantine-"]') !== null)).toBe(false);
    await page.close();
  });

  it('when the address names no agency, then the page says so', async () => {
    const page = await journey.context.newPage();
    page.on('pageerror', (error) => journey.pageErrors.push(error.message));
    await page.goto('/f/nobody-here');
    await page.getByRole('heading', { level: 1, name: w.notFound.title }).waitFor();
    await page.close();
  });

  it('when the agency\u2019s admin opens the settings, then they find the form\u2019s address and the snippet to copy', async () => {
    const context = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => journey.pageErrors.push(error.message));
    await signIn(page, { email: 'admin@demo.gardien.test', password: manager.password, name: '' });
    await page.goto('/admin/settings');
    const section = page.getByRole('group', { name: fr.admin.settings.webform.legend });
    await section.waitFor();
    const pageUrl = await section.getByTestId('webform-page-url').getAttribute('href');
    expect(pageUrl).toMatch(/^http:\/\/[^/]+\/f\/demo$/);
    await section.getByText(`<script src="${pageUrl}/embed.js" async></script>`).waitFor();
    await section.getByRole('button', { name: `${fr.admin.settings.webform.copy} (${fr.admin.settings.webform.snippet})` }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the settings with the web form');
    await context.close();
  });

  it('when an agency\u2019s own site carries the snippet, then the form shows in a frame as tall as its content', async () => {
    const host: Server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html><html lang="fr"><head><title>Agence</title><meta name="viewport" content="width=device-width"></head><body><h1>Notre agence</h1><div id="here"></div><script src="${journey.server.baseUrl}/f/demo/embed.js" data-target="#here" async></script></body></html>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    try {
      const port = (host.address() as { port: number }).port;
      const page = await journey.context.newPage();
      page.on('pageerror', (error) => journey.pageErrors.push(error.message));
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`http://127.0.0.1:${port}/`);
      const frame = page.frameLocator('#here iframe');
      await frame.getByRole('heading', { level: 1, name: w.title }).waitFor();
      const frameBox = page.locator('#here iframe');
      // The frame grows to the form's height (well past one screen), and the form inside never scrolls.
      await expect.poll(async () => (await frameBox.boundingBox())?.height ?? 0).toBeGreaterThan(1200);
      const inner = await frame.locator('html').evaluate((html) => ({ scroll: html.scrollHeight, client: html.clientHeight }));
      expect(inner.scroll - inner.client).toBeLessThanOrEqual(2);
      await page.close();
    } finally {
      await new Promise((resolve) => host.close(resolve));
    }
  });
});
