// Browser journey of the inbound screens: the app admin reads the agency's inbound addresses and
// renews the inbound secret (the old one stops at once); messages come in through the HTTP door
// with that secret; the manager finds the refused one in "Messages reçus" with its reason in
// words and downloads its original; a contractor's emailed answer shows in the ticket's history
// with "Message complet" and the hidden quote said, and "Saisir comme…" turns it into the
// contractor's refusal, filled with the email's words.
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { INBOUND_REASONS } from '../../src/domain/inbound/outcomes.ts';
import { createTicketByApi, demoData, expectNoSeriousA11yViolations, screenshot, screenshotDir, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const crlf = (text: string) => text.replace(/\r?\n/g, '\r\n');
/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('the inbound screens', () => {
  let journey: Journey | undefined;
  let secret = '';
  let agencyAddress = '';
  let propertyAddress = '';
  const page = () => journey!.page;

  const postMail = async (raw: string, key = secret) =>
    page().request.post('/api/v1/inbound/email', { data: Buffer.from(crlf(raw)), headers: { authorization: `Bearer ${key}`, 'content-type': 'message/rfc822' } });

  beforeAll(async () => {
    // No SMTP listener of its own: journeys run side by side.
    journey = await startJourney({ SMTP_INBOUND_PORT: '0' });
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

  it('when the app admin opens "Courriel entrant", then the addresses show; the secret shows once revealed, and once renewed the old one is refused', async () => {
    await signIn(page(), admin);
    await page().getByRole('navigation').getByRole('link', { name: fr.admin.nav.inbound, exact: true }).click();
    const table = page().getByTestId('inbound-addresses');
    await table.waitFor();
    const settings = (await (await page().request.get('/api/v1/settings/inbound')).json()) as { secret: string; addresses: { address: string; kind: string }[] };
    agencyAddress = settings.addresses.find((a) => a.kind === 'agency')!.address;
    propertyAddress = settings.addresses.find((a) => a.kind === 'property')!.address;
    const text = (await table.textContent()) ?? '';
    for (const address of settings.addresses) expect(text).toContain(address.address);
    expect(settings.addresses.some((a) => a.kind === 'property')).toBe(true);
    await expect.poll(() => page().getByRole('button', { name: fr.admin.inbound.addresses.copy.replace('{{address}}', agencyAddress) }).count()).toBe(1);

    // Hidden until asked.
    const shown = page().getByTestId('inbound-secret');
    expect(await shown.textContent()).not.toContain(settings.secret);
    await page().getByRole('button', { name: fr.admin.inbound.secret.reveal }).click();
    await expect.poll(() => shown.textContent()).toBe(settings.secret);

    // The forwarding guide names the agency's address in the Exchange steps.
    await page().getByRole('button', { name: fr.admin.inbound.guide.exchange.title }).click();
    await expect.poll(() => page().getByTestId('forwarding-guide').textContent()).toContain(`Rediriger le message vers » › « ces destinataires » › saisissez ${agencyAddress}`);
    await expectNoSeriousA11yViolations(page(), 'the inbound settings');
    await screenshot(page(), 'inbound-settings');

    await page().getByRole('button', { name: fr.admin.inbound.secret.renew }).click();
    const dialog = page().getByRole('dialog', { name: fr.admin.inbound.secret.renewTitle });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: fr.admin.inbound.secret.renewConfirm, exact: true }).click();
    await expect.poll(() => page().getByTestId('saved-notice').textContent()).toBe(fr.admin.inbound.secret.renewed);
    await expect.poll(() => shown.textContent()).not.toBe(settings.secret);
    secret = (await shown.textContent()) ?? '';
    const renewed = (await (await page().request.get('/api/v1/settings/inbound')).json()) as { secret: string };
    expect(renewed.secret).toBe(secret);

    expect((await postMail(`From: x@example.org\nTo: ${agencyAddress}\nSubject: test\n\nBonjour\n`, settings.secret)).status()).toBe(401);
  });

  it('when a message without words came in, then the manager finds it refused in "Messages reçus" with its reason, and downloads its original', async () => {
    const empty = `From: Inconnu <inconnu@example.org>\nTo: ${agencyAddress}\nMessage-ID: <vide-1@example.org>\nDate: Tue, 01 Dec 2026 09:00:00 +0100\n\n\n`;
    // Sent to a property's address: the request is filed on that property.
    const request = `From: Jeanne Locataire <jeanne.locataire@example.org>\nTo: ${propertyAddress}\nSubject: Radiateur froid\nMessage-ID: <radiateur-1@example.org>\nDate: Tue, 01 Dec 2026 09:05:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\nLe radiateur de la chambre ne chauffe plus.\n--b1\nContent-Type: image/png\nContent-Disposition: attachment; filename="radiateur.png"\nContent-Transfer-Encoding: base64\n\n${PNG}\n--b1--\n`;
    const refused = await postMail(empty);
    expect(refused.status(), await refused.text()).toBe(202);
    expect(await refused.json()).toMatchObject({ outcome: 'refused', reason: 'empty_message' });
    const posted = await postMail(request);
    const created = (await posted.json()) as { outcome: string; ticketNumber: number };
    expect(created.outcome, JSON.stringify(created)).toBe('ticket_created');

    await journey!.context.clearCookies();
    await signIn(page());
    await page().getByRole('navigation').getByRole('link', { name: fr.admin.nav.inboundMessages, exact: true }).click();
    const table = page().getByTestId('inbound-messages-table');
    await table.waitFor();
    // Newest first: the request, then the empty message.
    const ticketRow = table.locator('tr[data-outcome="ticket_created"]');
    await expect.poll(() => ticketRow.getByTestId('inbound-outcome').textContent()).toBe(fr.admin.inboundMessages.outcomes.ticket_created.replace('{{number}}', String(created.ticketNumber)));
    expect(await ticketRow.getByRole('link', { name: fr.admin.inboundMessages.outcomes.ticket_created.replace('{{number}}', String(created.ticketNumber)) }).getAttribute('href')).toBe(`/tickets/${created.ticketNumber}`);

    // Its photo was kept: the row says so and lists it once opened.
    const files = ticketRow.getByRole('button', { name: fr.admin.inboundMessages.keptCount_one.replace('{{count}}', '1') });
    expect(await files.getAttribute('aria-expanded')).toBe('false');
    await files.click();
    await expect.poll(() => table.getByTestId('inbound-report').textContent()).toContain('radiateur.png');
    expect(await table.getByTestId('inbound-report').textContent()).toContain(fr.admin.inboundMessages.kept_one.replace('{{count}}', '1'));

    await page().getByLabel(fr.admin.inboundMessages.outcome).selectOption('refused');
    await expect.poll(() => new URL(page().url()).searchParams.get('outcome')).toBe('refused');
    const row = table.locator('tr[data-outcome="refused"]');
    await expect.poll(() => table.locator('tr[data-outcome]').count()).toBe(1);
    expect(await row.getByTestId('inbound-outcome').textContent()).toBe(fr.admin.inboundMessages.plainOutcomes.refused);
    expect(await row.getByTestId('inbound-reason').textContent()).toBe(INBOUND_REASONS.empty_message.fr);
    expect(await row.textContent()).toContain('inconnu@example.org');
    await expectNoSeriousA11yViolations(page(), 'the received messages');
    await screenshot(page(), 'inbound-messages');

    const [download] = await Promise.all([page().waitForEvent('download'), row.getByRole('link', { name: fr.admin.inboundMessages.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^message-[0-9a-f]{8}\.eml$/);
    expect(await readFile((await download.path())!, 'utf8')).toBe(crlf(empty));
  });

  it('when a contractor answers by email, then the history shows it with "Message complet", and "Saisir comme…" enters the refusal with its words', async () => {
    const demo = await demoData(page());
    const number = await createTicketByApi(page(), {
      type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Porte de cave coincée',
      contractors: [{ name: 'Menuiserie Test', emails: ['menuiserie@example.org'], channels: ['email'] }],
    });
    const reply = `From: Menuiserie Test <menuiserie@example.org>\nTo: ${agencyAddress}\nSubject: RE: [Ticket n°${number}] Porte de cave coincée\nMessage-ID: <menuiserie-1@example.org>\nDate: Tue, 01 Dec 2026 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\nDésolé, nous ne pouvons pas intervenir avant janvier.\n\nLe 1 déc. 2026, Gardien a écrit :\n> Bonjour, merci d'intervenir rapidement.\n`;
    const answered = (await (await postMail(reply)).json()) as { outcome: string; inboundMessageId: string };
    expect(answered.outcome).toBe('answer_added');

    await page().goto(`/tickets/${number}`);
    const item = page().locator('li[data-type="message_received"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('nous ne pouvons pas intervenir avant janvier');
    expect(await item.textContent()).not.toContain('merci d\'intervenir rapidement');
    expect(await item.getByTestId('quoted-hidden').textContent()).toBe(fr.history.inbound.trimmed);
    const full = item.getByRole('link', { name: fr.history.inbound.full });
    expect(await full.getAttribute('href')).toBe(`/api/v1/tickets/${number}/inbound-messages/${answered.inboundMessageId}/raw`);
    const [download] = await Promise.all([page().waitForEvent('download'), full.click()]);
    expect(await readFile((await download.path())!, 'utf8')).toBe(crlf(reply));

    await item.getByRole('button', { name: fr.history.inbound.enterAs }).click();
    await page().getByRole('menuitem', { name: fr.actions.enter_refusal.button }).click();
    const dialog = page().getByRole('dialog', { name: `${fr.actions.enter_refusal.title} — Menuiserie Test` });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: fr.fields.reason }).inputValue()).toBe('Désolé, nous ne pouvons pas intervenir avant janvier.');
    await expectNoSeriousA11yViolations(page(), 'the refusal entered from an email');
    await dialog.getByRole('button', { name: fr.common.submit }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page().getByTestId('dispatch-card').getAttribute('data-state')).toBe('refused');
    await screenshot(page(), 'inbound-reply-entered');
  });

  it('when a contractor emails the invoice, then "Saisir comme…" enters the end of the work with the emailed PDF as the invoice’s file', async () => {
    const demo = await demoData(page());
    const ticket = (await (await page().request.post('/api/v1/tickets', {
      data: { type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Robinet qui goutte', contractors: [{ name: 'Plomberie Test', emails: ['plomberie@example.org'], channels: ['email'] }] },
    })).json()) as { number: number; dispatches: { id: string }[] };
    const accepted = await page().request.post(`/api/v1/tickets/${ticket.number}/actions`, {
      data: { action: 'enter_acceptance', dispatchId: ticket.dispatches[0]!.id, startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60 },
    });
    expect(accepted.status(), await accepted.text()).toBe(200);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');
    const reply = `From: Plomberie Test <plomberie@example.org>\nTo: ${agencyAddress}\nSubject: RE: [Ticket n°${ticket.number}] Robinet qui goutte\nMessage-ID: <plomberie-1@example.org>\nDate: Tue, 01 Dec 2026 11:00:00 +0100\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b2"\n\n--b2\nContent-Type: text/plain; charset=utf-8\n\nJoint changé, voici la facture.\n--b2\nContent-Type: application/pdf\nContent-Disposition: attachment; filename="facture-42.pdf"\nContent-Transfer-Encoding: base64\n\n${pdf}\n--b2--\n`;
    expect(((await (await postMail(reply)).json()) as { outcome: string }).outcome).toBe('answer_added');

    await page().goto(`/tickets/${ticket.number}`);
    const item = page().locator('li[data-type="message_received"]');
    await item.waitFor();
    await item.getByRole('button', { name: fr.history.inbound.enterAs }).click();
    await page().getByRole('menuitem', { name: fr.actions.enter_completion.button }).click();
    const dialog = page().getByRole('dialog', { name: `${fr.actions.enter_completion.title} — Plomberie Test` });
    await dialog.waitFor();
    expect(await dialog.getByRole('textbox', { name: fr.fields.comment }).inputValue()).toBe('Joint changé, voici la facture.');
    // The PDF is the invoice's file, chosen already.
    expect(await dialog.getByRole('checkbox', { name: fr.fields.withInvoice }).isChecked()).toBe(true);
    const invoiceFiles = dialog.getByTestId('message-files').filter({ hasText: fr.fields.invoiceFile });
    expect(await invoiceFiles.getByRole('checkbox', { name: 'facture-42.pdf' }).isChecked()).toBe(true);
    await dialog.getByRole('textbox', { name: fr.fields.invoiceAmount }).fill('180');
    await expectNoSeriousA11yViolations(page(), 'the end of the work entered from an email');
    await dialog.getByRole('button', { name: fr.common.submit }).click();
    await dialog.waitFor({ state: 'detached' });

    const view = (await (await page().request.get(`/api/v1/tickets/${ticket.number}`)).json()) as { documents: { kind: string; filename: string }[]; dispatches: { invoiceAmountCents: number | null }[] };
    expect(view.documents).toEqual([expect.objectContaining({ kind: 'invoice', filename: 'facture-42.pdf' })]);
    expect(view.dispatches[0]!.invoiceAmountCents).toBe(18000);
    await expect.poll(() => page().locator('li[data-type="work_completed"]').textContent()).toContain('facture-42.pdf');
  });
});
