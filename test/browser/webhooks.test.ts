// Browser journey of the webhooks screen: the demo's app admin adds a webhook pointing at a
// receiver this test runs on loopback (allowed by WEBHOOK_PRIVATE_HOSTS=1), sees its secret once,
// a manager creates a ticket, the server's worker sends the signed delivery; the admin sees it
// delivered with the receiver's status and answer, and the receiver checks the signature with the
// secret copied from the dialog. The admin renews the secret and sends the delivery again (signed
// with the new one), then switches the webhook off and on again, and removes it.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, journeyHooks, manager, screenshot, signIn, startJourney, type Journey } from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const W = fr.webhooks;
const ANSWER = 'reçu, merci';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** The receiver's side of the signature, written from the dialog's sentence: HMAC-SHA256 of `t.body`. */
function signedWith(secret: string, got: Received): boolean {
  const header = String(got.headers['gardien-signature'] ?? '');
  const t = /(?:^|,)t=(\d+)/.exec(header)?.[1];
  const v1 = /(?:^|,)v1=([0-9a-f]{64})/.exec(header)?.[1];
  return Boolean(t && v1) && createHmac('sha256', secret).update(`${t}.${got.body}`).digest('hex') === v1;
}

describe('the webhooks screen', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;
  const received: Received[] = [];
  let receiver: Server;
  let url = '';

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(ANSWER);
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/gardien`;
    journey = await startJourney({ WEBHOOK_PRIVATE_HOSTS: '1' });
    return () => new Promise<void>((resolve) => receiver.close(() => resolve()));
  });
  journeyHooks(() => journey);

  /** A ticket created by the manager through the API, in a session of their own. */
  const ticketByManager = async (subject: string) => {
    const api = await request.newContext({ baseURL: journey!.server.baseUrl });
    try {
      expect((await api.post('/api/v1/auth/login', { data: { email: manager.email, password: manager.password } })).status()).toBe(200);
      const list = async (path: string) => ((await (await api.get(`/api/v1/${path}?limit=200`)).json()) as { items: { id: string; externalRef?: string }[] }).items;
      const property = (await list('properties')).find((p) => p.externalRef === 'COP-001')!;
      const contractor = (await list('contractors')).find((c) => c.externalRef === 'F-010')!;
      const created = await api.post('/api/v1/tickets', { data: { type: 'ODS', propertyId: property.id, subject, contractors: [{ contractorId: contractor.id }] } });
      expect(created.status(), await created.text()).toBe(201);
      return ((await created.json()) as { number: number }).number;
    } finally {
      await api.dispose();
    }
  };

  it('when an admin adds a webhook and a ticket is created, then the signed delivery is shown delivered with the answer, and sent again signed with a renewed secret', async () => {
    await signIn(page(), admin);
    await page().getByRole('link', { name: fr.admin.nav.webhooks }).click();
    await page().getByRole('heading', { name: W.title, level: 2 }).waitFor();
    await page().getByText(W.empty).waitFor();

    // A URL the server refuses: its sentence stands under the field.
    await page().getByRole('button', { name: W.new }).click();
    const drawer = page().getByRole('dialog', { name: W.new });
    await drawer.getByRole('textbox', { name: W.form.url }).fill('ftp://exemple.fr/hooks');
    await drawer.getByRole('textbox', { name: W.form.description }).fill('Comptabilité');
    await drawer.getByRole('checkbox', { name: W.events.ticket.created }).check();
    await drawer.getByRole('button', { name: fr.common.save }).click();
    await drawer.getByText(W.errors.webhook_url_invalid).first().waitFor();
    await drawer.getByRole('textbox', { name: W.form.url }).fill(url);
    await drawer.getByRole('button', { name: fr.common.save }).click();

    // The secret, this once.
    const dialog = page().getByRole('dialog', { name: W.secret.createdTitle });
    await dialog.getByText(W.secret.once).waitFor();
    const secret = (await dialog.getByTestId('webhook-secret').textContent())!.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{20,}$/);
    expect(await dialog.getByRole('link', { name: W.secret.docs }).getAttribute('href')).toBe('/api/docs');
    await expectNoSeriousA11yViolations(page(), 'the secret dialog');
    await screenshot(page(), 'webhooks-secret');
    await dialog.getByRole('button', { name: W.secret.done }).click();
    await dialog.waitFor({ state: 'detached' });
    const row = page().getByTestId('webhooks-table').getByRole('row', { name: /Comptabilité/ });
    await expect.poll(() => row.textContent()).toContain(`…${secret.slice(-4)}`);
    expect(await row.textContent()).toContain(W.events.ticket.created);
    expect(await row.textContent()).toContain(W.state.active);
    expect(await page().locator('body').textContent()).not.toContain(secret);
    await expectNoSeriousA11yViolations(page(), 'the webhooks list');
    await screenshot(page(), 'webhooks-list');

    // A manager creates a ticket; the server's worker sends the delivery.
    const number = await ticketByManager('Fuite sous l’évier');
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(1);
    const got = received[0]!;
    expect(signedWith(secret, got)).toBe(true);
    expect(got.headers['gardien-event']).toBe('ticket.created');
    expect(JSON.parse(got.body)).toMatchObject({ type: 'ticket.created', data: { ticket: { number } } });

    // The admin sees it delivered, with the receiver's status and answer.
    await row.getByRole('link', { name: W.openNamed.replace('{{url}}', url) }).click();
    const deliveries = page().getByTestId('webhook-deliveries');
    const delivery = deliveries.locator('tbody tr').first();
    await expect.poll(() => delivery.textContent(), { timeout: 15_000 }).toContain(W.deliveryStates.delivered);
    expect(await delivery.textContent()).toContain(W.events.ticket.created);
    expect(await delivery.textContent()).toContain('200');
    await delivery.getByRole('button').click();
    const detail = page().getByTestId('delivery-detail');
    await detail.getByTestId('delivery-try').first().waitFor();
    expect(await detail.getByTestId('delivery-try-outcome').textContent()).toBe(W.delivery.status.replace('{{status}}', '200'));
    expect(await detail.getByTestId('delivery-try-answer').textContent()).toBe(ANSWER);
    expect(await detail.getByTestId('delivery-body').textContent()).toContain('Fuite sous l’évier');
    await expectNoSeriousA11yViolations(page(), 'a delivery\u2019s detail');
    await screenshot(page(), 'webhooks-delivery');
    await page().keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });

    // A renewed secret, shown once too, signs what is sent again; the old one no longer does.
    await page().getByRole('button', { name: W.renew }).click();
    await page().getByRole('dialog', { name: W.renewTitle }).getByRole('button', { name: W.renewConfirm }).click();
    const renewed = page().getByRole('dialog', { name: W.secret.renewedTitle });
    const newSecret = (await renewed.getByTestId('webhook-secret').textContent())!.trim();
    expect(newSecret).not.toBe(secret);
    await renewed.getByRole('button', { name: W.secret.done }).click();
    await expect.poll(() => page().getByTestId('webhook-facts').textContent()).toContain(`…${newSecret.slice(-4)}`);
    await delivery.getByRole('button').click();
    await detail.getByRole('button', { name: W.delivery.replayButton }).click();
    await detail.getByText(W.delivery.replayed).waitFor();
    await expect.poll(() => received.length, { timeout: 15_000 }).toBe(2);
    expect(received[1]!.body).toBe(got.body);
    expect(signedWith(newSecret, received[1]!)).toBe(true);
    expect(signedWith(secret, received[1]!)).toBe(false);
    await page().keyboard.press('Escape');
    await detail.waitFor({ state: 'detached' });
    await expect.poll(() => deliveries.locator('tbody tr').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => delivery.textContent(), { timeout: 15_000 }).toContain(W.delivery.replay);
    await expect.poll(() => delivery.textContent(), { timeout: 15_000 }).toContain(W.deliveryStates.delivered);

    // Switched off, the page says so with "switch on again"; switched on, the warning goes.
    await page().getByRole('button', { name: W.switchOff }).click();
    const off = page().getByTestId('webhook-off');
    await off.getByText(W.offAdminTitle).waitFor();
    await expectNoSeriousA11yViolations(page(), 'a switched-off webhook');
    await screenshot(page(), 'webhooks-off');
    await off.getByRole('button', { name: W.switchOn }).click();
    await off.waitFor({ state: 'detached' });
    expect(await page().getByTestId('webhook-facts').textContent()).toContain(W.state.active);

    // Removed, after a confirmation: the list is empty again.
    await page().getByRole('button', { name: W.remove }).click();
    await page().getByRole('dialog', { name: W.removeTitle }).getByRole('button', { name: W.removeConfirm }).click();
    await page().getByText(W.empty).waitFor();
    expect(new URL(page().url()).search).toBe('');
  });
});
