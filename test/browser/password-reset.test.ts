// Browser journey: the admin sends a manager a password link from the users screen; the manager
// opens it from the email (real SMTP on loopback), chooses a new password and signs in with it.
// "Forgot password" on the sign-in page asks for the same link.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb } from '../../scripts/build-web.ts';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { startTestServer, type TestServer } from '../support/server.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { chromiumFound, chromiumPath, screenshotDir, signIn, manager, expectNoSeriousA11yViolations } from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const A = fr.admin;

describe('password reset links', () => {
  let smtp: SmtpSink;
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!chromiumFound) throw new Error(`The browser journeys need Chromium: there is none at ${chromiumPath}.`);
    await mkdir(screenshotDir, { recursive: true });
    await buildWeb({ ifStale: true });
    smtp = await startSmtpSink();
    server = await startTestServer({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>' });
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-quic'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser!.newContext({ baseURL: server!.baseUrl, locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  /** The link of the newest email sent to `to`, once it arrived. */
  async function linkSentTo(to: string, after: number): Promise<string> {
    let link: string | undefined;
    await expect.poll(() => {
      const mail = smtp.messages.slice(after).find((m) => JSON.stringify(m.to).includes(to));
      link = /(http:\/\/127\.0\.0\.1:\d+\/reset-password#[A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1];
      return link;
    }, { timeout: 15_000 }).toBeTruthy();
    return link!;
  }

  async function choosePassword(page: Page, link: string, password: string) {
    await page.goto(link);
    await page.getByRole('heading', { name: fr.account.reset.title }).waitFor();
    await page.getByRole('textbox', { name: fr.account.reset.password, exact: true }).fill(password);
    await page.getByRole('textbox', { name: fr.account.reset.repeat, exact: true }).fill(password);
    await page.getByRole('button', { name: fr.account.reset.submit }).click();
    await page.getByText(fr.account.reset.done).waitFor();
  }

  it('when the admin sends Camille a password link, then Camille chooses a new password from the email and signs in with it', async () => {
    const page = await newPage();
    await signIn(page, admin);
    await page.getByRole('navigation').getByRole('link', { name: A.nav.users, exact: true }).click();
    await page.getByRole('main').getByRole('button', { name: A.common.editNamed.replace('{{name}}', manager.name) }).click();
    const drawer = page.getByRole('dialog', { name: A.users.edit.replace('{{name}}', manager.name) });
    await expect.poll(() => drawer.getByLabel(/mot de passe/i).count()).toBe(0);
    const before = smtp.messages.length;
    await drawer.getByRole('button', { name: A.users.sendReset }).click();
    await page.getByRole('dialog', { name: A.users.sendResetTitle }).getByRole('button', { name: A.users.sendResetConfirm }).click();
    await drawer.getByText(A.users.resetSent.replace('{{email}}', manager.email)).waitFor();

    const link = await linkSentTo(manager.email, before);
    const camille = await newPage();
    await camille.goto(link);
    await camille.getByRole('heading', { name: fr.account.reset.title }).waitFor();
    await expectNoSeriousA11yViolations(camille, 'the reset password page');
    await choosePassword(camille, link, 'camille-nouveau-1');
    await signIn(camille, { ...manager, password: 'camille-nouveau-1' });

    // The link works once.
    const again = await newPage();
    await again.goto(link);
    await again.getByRole('textbox', { name: fr.account.reset.password, exact: true }).fill('encore-un-autre-1');
    await again.getByRole('textbox', { name: fr.account.reset.repeat, exact: true }).fill('encore-un-autre-1');
    await again.getByRole('button', { name: fr.account.reset.submit }).click();
    await again.getByText(fr.account.reset.invalidLink).waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('when the assistant forgot their password, then "forgot password" on the sign-in page sends the link', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.getByRole('link', { name: fr.login.forgot }).click();
    await page.getByRole('heading', { name: fr.account.forgot.title }).waitFor();
    const before = smtp.messages.length;
    await page.getByRole('textbox', { name: fr.login.email }).fill('assistant@demo.gardien.test');
    await page.getByRole('button', { name: fr.account.forgot.submit }).click();
    await page.getByText(fr.account.forgot.sent).waitFor();
    const link = await linkSentTo('assistant@demo.gardien.test', before);
    await choosePassword(page, link, 'julien-nouveau-1');
    await signIn(page, { email: 'assistant@demo.gardien.test', password: 'julien-nouveau-1', name: 'Julien Bernard' });
    expect(pageErrors).toEqual([]);
  });
});
