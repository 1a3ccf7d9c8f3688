// Browser journey of the IMAP door: the app admin sets the mailbox the agency keeps on
// "Courriel entrant" (a real IMAP server on loopback), reads it at once, sees what the poll took,
// and the message is a request in the list; the password is never shown back, and a wrong one
// is said in words.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { IMAP_POLL_ERRORS } from '../../src/domain/inbound/imap-settings.ts';
import { startImapServer, type ImapTestServer } from '../support/imap-server.ts';
import { expectNoSeriousA11yViolations, screenshotDir, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const message = [
  'From: Nadia Benali <nadia.benali@example.test>', 'To: Agence <demo@localhost>', 'Subject: Digicode en panne', 'Message-ID: <journey-imap-1@mail.example.test>',
  'Date: Tue, 01 Dec 2026 08:00:00 +0100', 'Content-Type: text/plain; charset=us-ascii', '', 'Bonjour, le digicode du hall ne marche plus.', '',
].join('\r\n');

describe('the mailbox Gardien reads', () => {
  let journey: Journey | undefined;
  let imap: ImapTestServer | undefined;
  const page = () => journey!.page;

  beforeAll(async () => {
    imap = await startImapServer([{ raw: message }]);
    journey = await startJourney({ SMTP_INBOUND_PORT: '0', IMAP_PRIVATE_HOSTS: '1' });
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
    await imap?.close();
  });

  it('when the app admin sets the mailbox and reads it now, then its unread message is taken and the password is not shown back', async () => {
    await signIn(page(), admin);
    await page().getByRole('navigation').getByRole('link', { name: fr.admin.nav.inbound, exact: true }).click();
    const t = fr.admin.inbound.imap;
    await page().getByRole('group', { name: t.title }).waitFor();
    const section = page().getByRole('group', { name: t.title });
    await section.getByRole('textbox', { name: t.host }).fill('127.0.0.1');
    await section.getByRole('textbox', { name: t.port }).fill(String(imap!.port));
    await section.getByRole('switch', { name: t.secure }).uncheck({ force: true });
    await section.getByRole('textbox', { name: t.user }).fill(imap!.user);
    await section.locator('input[type="password"]').fill('pas-le-bon');
    await section.getByRole('button', { name: fr.common.save }).click();
    await section.getByText(t.saved).waitFor();
    expect(await section.locator('input[type="password"]').inputValue()).toBe('');
    await section.getByText(t.passwordKept).waitFor();

    // A wrong password: said in words, nothing taken.
    await section.getByRole('button', { name: t.pollNow }).click();
    await expect.poll(() => page().getByTestId('inbound-imap-last-poll').textContent()).toContain(IMAP_POLL_ERRORS.authentication_failed.fr);

    await section.locator('input[type="password"]').fill(imap!.password);
    await section.getByRole('button', { name: fr.common.save }).click();
    await section.getByRole('button', { name: t.pollNow }).click();
    await expect.poll(() => page().getByTestId('inbound-imap-last-poll').textContent()).toMatch(/1 message\(s\) pris, 0 laissé/);
    expect(imap!.messages().map((m) => m.flags ?? [])).toEqual([['\\Seen']]);
    const received = (await (await page().request.get('/api/v1/inbound-messages?limit=5')).json()) as { items: { door: string; subject: string; outcome: string }[] };
    expect(received.items.find((m) => m.door === 'imap')).toMatchObject({ subject: 'Digicode en panne', outcome: 'ticket_created' });
    await expectNoSeriousA11yViolations(page(), 'the inbound mailbox section');
  });
});
