// The residents' portal on a phone (390 px): light (no Mantine, its first screen under the
// budget), installable (its manifest and icons), accessible (axe), French first then English; a
// tenant signs in, reports a problem with a photo, follows it, writes to the agency, changes the
// language and signs out; the council president decides a quote.
// The portal's emails (a sign-in link, an invitation) really leave, to an SMTP sink: their links
// are minted as they go, the outbox never shows one.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { expectNoSeriousA11yViolations, manager, screenshot, startJourney, stopJourney, type Journey } from './journey-support.ts';

/** The portal's first screen, gzipped JavaScript (the cockpit's is some 220 KB). */
const PORTAL_JS_KB = 150;
const tenant = { email: 'locataire@demo.gardien.test', password: 'gardien-demo' };
const president = { email: 'president@demo.gardien.test', password: 'gardien-demo' };
const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo' };
const photo = readFileSync(new URL('../../web/public/portal-icon-192.png', import.meta.url));


const kb = (scripts: { gzip: number }[]) => scripts.reduce((sum, s) => sum + s.gzip, 0) / 1024;

async function noWiderThanTheScreen(page: Page, what: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, `${what} is wider than the screen`).toBeLessThanOrEqual(widths.screen);
}

async function signInAsResident(page: Page, who: { email: string; password: string }) {
  await page.goto('/portal/sign-in');
  await page.getByRole('textbox', { name: fr.portal.signIn.email }).fill(who.email);
  await page.getByRole('textbox', { name: fr.portal.signIn.password, exact: true }).fill(who.password);
  await page.getByRole('button', { name: fr.portal.signIn.submit, exact: true }).click();
  await page.getByRole('link', { name: fr.portal.header.settings }).waitFor();
}

describe('the residents\u2019 portal on a phone', () => {
  let journey: Journey;
  let smtp: SmtpSink;

  /** The portal link (`/portal/{page}?token=…`) of the newest email to `to` after the `after`th. */
  async function portalLinkSentTo(to: string, page: string, after: number): Promise<string> {
    let link: string | undefined;
    await expect
      .poll(() => {
        const mail = smtp.messages.slice(after).find((m) => JSON.stringify(m.to).includes(to));
        link = new RegExp(String.raw`/portal/${page}\?token=[A-Za-z0-9_-]+`).exec(mail?.text ?? '')?.[0];
        return link;
      }, { timeout: 15_000 })
      .toBeTruthy();
    return link!;
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    journey = await startJourney({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>' });
    await journey.page.setViewportSize({ width: 390, height: 844 });
  });

  afterAll(async () => {
    expect(journey?.pageErrors ?? []).toEqual([]);
    await stopJourney(journey);
    await smtp?.close();
  });

  it('when a visitor opens the portal\u2019s sign-in page, then it shows in French, light, without Mantine, accessible and as wide as the phone', async () => {
    const page = await journey.context.newPage();
    page.on('pageerror', (error) => journey.pageErrors.push(error.message));
    const scripts: Promise<{ url: string; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => ({ url: new URL(response.url()).pathname, gzip: gzipSync(body).length })));
    });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/portal/sign-in');
    await page.getByRole('heading', { level: 1, name: fr.portal.signIn.title }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    const loaded = await Promise.all(scripts);
    expect(loaded.map((s) => s.url).filter((url) => /cockpit|first-screen|mantine|i18n-|query/i.test(url))).toEqual([]);
    expect(kb(loaded), `scripts: ${loaded.map((s) => `${s.url} ${(s.gzip / 1024).toFixed(1)} KB`).join(', ')}`).toBeLessThan(PORTAL_JS_KB);
    expect(await page.evaluate(() => document.querySelector('[class*="mantine-"]') !== null)).toBe(false);
    await expect.poll(() => page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/portal.webmanifest');
    await noWiderThanTheScreen(page, 'the sign-in page');
    await expectNoSeriousA11yViolations(page, 'the portal\u2019s sign-in page');
    await screenshot(page, 'portal-sign-in');
    await page.close();
  });

  it('when the phone installs the portal, then its manifest comes with its type and names the portal, its scope and its icons', async () => {
    const { page } = journey;
    const manifest = await page.request.get('/portal.webmanifest');
    expect(manifest.status()).toBe(200);
    expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
    const body = (await manifest.json()) as { name: string; start_url: string; scope: string; display: string; icons: { src: string; sizes: string }[] };
    expect(body).toMatchObject({ name: 'Gardien — Espace résidents', start_url: '/portal', scope: '/portal', display: 'standalone' });
    expect(body.icons.map((icon) => icon.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of [...body.icons.map((i) => i.src), '/portal-apple-touch-icon.png']) {
      const answer = await page.request.get(icon);
      expect(answer.status(), icon).toBe(200);
      expect(answer.headers()['content-type']).toBe('image/png');
      expect((await answer.body()).subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    const portalPage = await page.request.get('/portal/tickets/1');
    expect(portalPage.headers()['content-security-policy']).toContain("default-src 'self'");
    expect(await portalPage.text()).toContain('rel="manifest"');
  });

  it('when a visitor switches to English and opens the code page, then it reads in English, labelled, and says what is missing', async () => {
    const { page } = journey;
    await page.goto('/portal/sign-in');
    await page.getByRole('button', { name: /^EN/ }).click();
    await page.getByRole('heading', { level: 1, name: en.portal.signIn.title }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: en.portal.signIn.haveCode }).click();
    await page.getByRole('heading', { level: 1, name: en.portal.code.title }).waitFor();
    await page.getByRole('button', { name: en.portal.code.submit }).click();
    await expect.poll(() => page.getByText(en.portal.errors.required).count()).toBe(3);
    await noWiderThanTheScreen(page, 'the code page');
    await expectNoSeriousA11yViolations(page, 'the portal\u2019s code page');
    await page.getByRole('button', { name: /^FR/ }).click();
    await page.getByRole('heading', { level: 1, name: fr.portal.code.title }).waitFor();
  });

  it('when a visitor asks for a sign-in link without an email, then the field says so before anything is sent', async () => {
    const { page } = journey;
    await page.goto('/portal/sign-in');
    await page.getByRole('button', { name: fr.portal.signIn.askLink }).click();
    await page.getByText(fr.portal.errors.required).waitFor();
    await page.getByRole('textbox', { name: fr.portal.signIn.email }).fill('pas-une-adresse');
    await page.getByRole('button', { name: fr.portal.signIn.askLink }).click();
    await page.getByText(fr.portal.errors.email).waitFor();
  });

  it('when a visitor without a session opens /portal, then the sign-in page shows, and signing in leads back', async () => {
    const { page } = journey;
    await page.goto('/portal/settings');
    await page.getByRole('heading', { level: 1, name: fr.portal.signIn.title }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/portal/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/settings');
    await page.getByRole('textbox', { name: fr.portal.signIn.email }).fill(tenant.email);
    await page.getByRole('textbox', { name: fr.portal.signIn.password, exact: true }).fill(tenant.password);
    await page.getByRole('button', { name: fr.portal.signIn.submit, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: fr.portal.settings.title }).waitFor();
    await page.getByRole('button', { name: fr.portal.settings.signOut }).click();
    await page.getByRole('heading', { level: 1, name: fr.portal.signIn.title }).waitFor();
  });

  it('when a visitor asks for a sign-in link, then the page says a link is on its way whether an account exists or not', async () => {
    const { page } = journey;
    await page.goto('/portal/sign-in');
    await page.getByRole('textbox', { name: fr.portal.signIn.email }).fill('personne@example.test');
    await page.getByRole('button', { name: fr.portal.signIn.askLink }).click();
    await page.getByText(fr.portal.signIn.linkSent.replace('{{email}}', 'personne@example.test')).waitFor();
  });

  it('when the tenant asks for a sign-in link, then the emailed link signs them in once', async () => {
    const { page, browser } = journey;
    const before = smtp.messages.length;
    await page.goto('/portal/sign-in');
    await page.getByRole('textbox', { name: fr.portal.signIn.email }).fill(tenant.email);
    await page.getByRole('button', { name: fr.portal.signIn.askLink }).click();
    await page.getByText(fr.portal.signIn.sentTitle).waitFor();
    const link = await portalLinkSentTo(tenant.email, 'enter', before);
    const visitor = await browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const phone = await visitor.newPage();
    phone.on('pageerror', (error) => journey.pageErrors.push(error.message));
    await phone.goto(link);
    await phone.getByRole('heading', { level: 2, name: fr.portal.home.requests }).waitFor();
    expect(new URL(phone.url()).pathname).toMatch(/^\/portal\/?$/);
    const again = await visitor.newPage();
    await visitor.clearCookies();
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: fr.portal.enter.title }).waitFor();
    await again.getByRole('link', { name: fr.portal.enter.askAnother }).waitFor();
    await visitor.close();
  });

  it('when a one-time link is not valid, then the page says so in words and offers another', async () => {
    const { page } = journey;
    await page.goto('/portal/enter?token=not-a-real-token');
    await page.getByText(fr.portal.errors.link_invalid).waitFor();
    await page.getByRole('link', { name: fr.portal.enter.askAnother }).waitFor();
  });

  it('when a tenant types a wrong password, then the page says so; with the right one, their requests show', async () => {
    const { page } = journey;
    await page.goto('/portal/tickets/1');
    await page.getByRole('heading', { level: 1, name: fr.portal.signIn.title }).waitFor();
    await page.getByRole('textbox', { name: fr.portal.signIn.email }).fill(tenant.email);
    await page.getByRole('textbox', { name: fr.portal.signIn.password, exact: true }).fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: fr.portal.signIn.submit, exact: true }).click();
    await page.getByText(fr.portal.errors.invalid_credentials).waitFor();
    await signInAsResident(page, tenant);
    await page.getByRole('heading', { level: 2, name: fr.portal.home.requests }).waitFor();
    await page.getByTestId('portal-tickets').waitFor();
    expect(await page.locator('[data-ticket]').count()).toBeGreaterThan(0);
    // Opened afresh, the home asks for who is signed in and what it lists once each: the page's
    // preload (its Link header) is the very request the scripts then use.
    const calls: string[] = [];
    const record = (request: { url: () => string }) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/')) calls.push(path);
    };
    page.on('request', record);
    await page.reload();
    await page.getByTestId('portal-tickets').waitFor();
    await page.waitForLoadState('networkidle');
    page.off('request', record);
    expect(calls.sort()).toEqual(['/api/v1/portal/articles', '/api/v1/portal/bookings', '/api/v1/portal/bookings/resources', '/api/v1/portal/decisions', '/api/v1/portal/documents', '/api/v1/portal/me', '/api/v1/portal/news', '/api/v1/portal/tickets']);
    await noWiderThanTheScreen(page, 'the home page');
    await expectNoSeriousA11yViolations(page, 'the portal\u2019s home page');
    await screenshot(page, 'portal-home');
  });

  it('when the tenant reports a problem with a photo, then the request gets its number and reads "Demande reçue" with its first step', async () => {
    const { page } = journey;
    await page.getByRole('link', { name: fr.portal.home.report }).click();
    await page.getByRole('heading', { level: 1, name: fr.portal.new.title }).waitFor();
    await page.getByRole('button', { name: fr.portal.new.submit }).click();
    await page.getByText(fr.portal.errors.required).first().waitFor();
    const place = page.getByRole('combobox', { name: fr.portal.new.place });
    const firstPlace = await place.locator('option').nth(1).getAttribute('value');
    await place.selectOption(firstPlace!);
    await page.getByRole('textbox', { name: fr.portal.new.description }).fill('Le robinet de la cuisine fuit depuis ce matin.');
    await page.locator('input[type=file]:not([capture])').first().setInputFiles({ name: 'fuite.png', mimeType: 'image/png', buffer: photo });
    await page.getByRole('list', { name: fr.webform.photos.chosen }).getByText('fuite.png').waitFor();
    await page.getByRole('textbox', { name: fr.portal.new.availability }).fill('En semaine après 18 h');
    await page.getByRole('checkbox', { name: fr.portal.new.entryAllowed }).check();
    await noWiderThanTheScreen(page, 'the request form');
    await expectNoSeriousA11yViolations(page, 'the request form');
    await page.getByRole('button', { name: fr.portal.new.submit }).click();
    await page.getByTestId('portal-request-sent').waitFor();
    const number = Number(/(\d+)/.exec((await page.getByRole('status').innerText()) ?? '')?.[1]);
    expect(number).toBeGreaterThan(0);
    await page.getByRole('link', { name: fr.portal.new.seeRequest }).click();
    await page.getByTestId('portal-ticket').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/portal/tickets/${number}`);
    await page.getByText(fr.portal.status.received).first().waitFor();
    await page.locator('[data-step="received"]').waitFor();
    const request = page.getByRole('region', { name: fr.portal.ticket.request });
    await request.getByText('Le robinet de la cuisine fuit depuis ce matin.').waitFor();
    await request.getByText('En semaine après 18 h').waitFor();
    await request.getByText(fr.portal.ticket.entryYes).waitFor();
    await page.getByRole('region', { name: fr.portal.ticket.documents }).getByText('fuite.png').waitFor();
    await page.getByRole('textbox', { name: fr.portal.ticket.write }).fill('Le voisin du dessous a aussi une tache au plafond.');
    await page.getByRole('button', { name: fr.portal.ticket.send, exact: true }).click();
    await page.locator('[data-from="me"]').getByText('Le voisin du dessous a aussi une tache au plafond.').waitFor();
    await noWiderThanTheScreen(page, 'the ticket page');
    await expectNoSeriousA11yViolations(page, 'the portal\u2019s ticket page');
    await screenshot(page, 'portal-ticket');
    await page.getByRole('link', { name: fr.portal.back }).click();
    await page.locator(`[data-ticket="${number}"]`).first().waitFor();
  });

  it('when the tenant chooses English in the settings and signs out, then the portal speaks English and shows the sign-in page', async () => {
    const { page } = journey;
    await page.getByRole('link', { name: fr.portal.header.settings }).click();
    await page.getByRole('heading', { level: 1, name: fr.portal.settings.title }).waitFor();
    await page.getByRole('combobox', { name: fr.portal.language }).selectOption('en');
    await page.getByRole('button', { name: en.portal.settings.save }).click();
    await page.getByText(en.portal.settings.saved).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectNoSeriousA11yViolations(page, 'the portal\u2019s settings');
    await page.getByRole('button', { name: en.portal.settings.signOut }).click();
    await page.getByRole('heading', { level: 1, name: en.portal.signIn.title }).waitFor();
    await page.getByRole('button', { name: /^FR/ }).click();
    await page.goto('/portal');
    await page.getByRole('heading', { level: 1, name: fr.portal.signIn.title }).waitFor();
  });

  it('when the council president opens the portal, then the quote awaiting their decision comes first, and approving it is recorded', async () => {
    const { page } = journey;
    await signInAsResident(page, president);
    const decisions = page.getByRole('region', { name: /Devis à décider/ });
    await decisions.waitFor();
    await decisions.locator('[data-ticket]').first().click();
    await page.getByRole('heading', { level: 2, name: fr.portal.quotes.title }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the quotes to decide');
    await page.getByRole('button', { name: fr.portal.quotes.approve }).first().click();
    await page.getByText(fr.portal.quotes.states.approved).first().waitFor();
    await page.getByRole('link', { name: fr.portal.header.settings }).click();
    await page.getByRole('button', { name: fr.portal.settings.signOut }).click();
    await page.getByRole('heading', { level: 1, name: fr.portal.signIn.title }).waitFor();
  });

  it('when a manager invites a resident, then the emailed link opens the registration with their name, and choosing a password opens their portal', async () => {
    const { page, browser } = journey;
    // Inviting is master data work: the demo's administrator does it.
    expect((await page.request.post('/api/v1/auth/login', { data: { email: admin.email, password: admin.password } })).status()).toBe(200);
    const residents = (await (await page.request.get('/api/v1/portal-residents?state=none')).json()) as { items: { personId: string; name: string; emails: string[] }[] };
    const invited = residents.items.find((r) => r.emails.length > 0);
    expect(invited, 'a demo resident not yet invited, with an email').toBeDefined();
    const before = smtp.messages.length;
    expect((await page.request.post(`/api/v1/persons/${invited!.personId}/invitation`, { data: {} })).status()).toBe(201);
    const link = await portalLinkSentTo(invited!.emails[0]!, 'register', before);
    const visitor = await browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const phone = await visitor.newPage();
    phone.on('pageerror', (error) => journey.pageErrors.push(error.message));
    await phone.goto(link!);
    await phone.getByRole('heading', { level: 1, name: fr.portal.register.title }).waitFor();
    expect(await phone.getByTestId('invitation-name').innerText()).toBe(invited!.name);
    await expectNoSeriousA11yViolations(phone, 'the registration page');
    await phone.getByRole('textbox', { name: fr.portal.register.password, exact: true }).fill('un-mot-de-passe-solide');
    await phone.getByRole('button', { name: fr.portal.register.submit }).click();
    await phone.getByRole('heading', { level: 1, name: fr.portal.home.hello.replace('{{name}}', invited!.name) }).waitFor();
    await visitor.close();
  });

  it('when a manager previews a tenant\u2019s portal, then a banner says it is read only and the forms are disabled', async () => {
    const { page } = journey;
    expect((await page.request.post('/api/v1/auth/login', { data: { email: manager.email, password: manager.password } })).status()).toBe(200);
    const residents = (await (await page.request.get(`/api/v1/portal-residents?q=${encodeURIComponent(tenant.email)}`)).json()) as { items: { personId: string; name: string }[] };
    const resident = residents.items[0]!;
    expect((await page.request.post(`/api/v1/persons/${resident.personId}/portal-preview`, { data: {} })).status()).toBe(201);
    // The preview shows the portal as the tenant sees it: in English, which they chose above.
    await page.goto('/portal');
    await page.getByTestId('portal-preview').getByText(en.portal.preview.replace('{{name}}', resident.name)).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('button', { name: en.portal.home.report }).isDisabled()).toBe(true);
    await page.getByRole('link', { name: en.portal.header.settings }).click();
    expect(await page.getByRole('button', { name: en.portal.settings.save }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: en.portal.settings.changePassword }).isDisabled()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'a staff preview of the portal');
    await page.getByRole('button', { name: en.portal.settings.signOut }).click();
    await page.getByRole('heading', { level: 1, name: en.portal.signIn.title }).waitFor();
  });
});
