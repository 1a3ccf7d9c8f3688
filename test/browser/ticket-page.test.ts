// Browser journey over the staff ticket page as a manager reads it: a contractor with long
// contact details stays inside its card at 1440 px and the page fits a 390 px phone; the history
// says in words what Gardien sent on its own around an appointment, what a reminder was about,
// and that a contractor will send a quote; the actions are grouped around one next step.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { APIRequestContext } from 'playwright-core';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import {
  clickAction, createTicketByApi, demoData, expectNoSeriousA11yViolations, manager, screenshot, screenshotDir, signIn, startJourney, stopJourney,
  ticketActions, type Journey,
} from './journey-support.ts';

const longName = 'Société Nouvelle de Plomberie, Chauffage et Climatisation du Grand Lyon Métropole';
const longEmail = 'secretariat.interventions.urgentes@plomberie-chauffage-climatisation-grand-lyon.example.fr';
const instructions =
  'Clé chez la gardienne (loge au rez-de-chaussée, bâtiment B) ; prévenir les occupants du 3e gauche la veille ; couper l’eau chaude au sous-sol, vanne repérée en rouge ; ne pas stationner devant le portail des pompiers.';

async function ok(response: Awaited<ReturnType<APIRequestContext['post']>>) {
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

describe('the staff ticket page, as a manager reads it', () => {
  let journey: Journey | undefined;
  let smtp: SmtpSink | undefined;
  let workOrder = 0;
  let quote = 0;
  const page = () => journey!.page;
  const api = () => journey!.page.request;
  const login = async () => ok(await api().post('/api/v1/auth/login', { data: { email: manager.email, password: manager.password } }));
  /** Moves the test clock (automation runs); the idle session then ends, so sign in again. */
  const advance = async (duration: string) => {
    await ok(await api().post('/api/v1/test-clock', { data: { advance: duration } }));
    await login();
  };
  const exchange = async (number: number, dispatchId: string, body: Record<string, unknown>) => {
    const link = (await ok(await api().post(`/api/v1/tickets/${number}/links`, { data: { dispatchId } }))) as { url: string };
    const secret = /\/x\/(.+)$/.exec(link.url)![1];
    return ok(await api().post(`/api/v1/exchange/${secret}`, { data: body }));
  };
  const open = async (number: number) => {
    await page().goto(`/tickets/${number}`);
    await page().getByTestId('ticket-title').waitFor();
    await page().locator('li[data-type="ticket_created"]').waitFor();
  };

  beforeAll(async () => {
    // Email leaves (a mail server on loopback); SMS has no provider here and waits.
    smtp = await startSmtpSink();
    journey = await startJourney({ GARDIEN_TEST_CLOCK: '1', SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>' });
    await signIn(page());
    const demo = await demoData(page());
    const now = new Date((await (await api().get('/api/v1/test-clock')).json()).now as string);

    // A work order to a contractor typed in with long details, its appointment in two days.
    workOrder = await createTicketByApi(page(), {
      type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Fuite sur la colonne d’eau chaude', presenceCheck: true,
      contractors: [{ name: longName, emails: [longEmail, 'facturation@plomberie-chauffage-climatisation-grand-lyon.example.fr'], phones: ['+33 6 12 34 56 78', '+33 4 78 90 12 34'], channels: ['email', 'sms'], instructions }],
    });
    const ods = await (await api().get(`/api/v1/tickets/${workOrder}`)).json();
    const dispatchId = ods.dispatches[0].id as string;
    await ok(await api().post(`/api/v1/tickets/${workOrder}/actions`, { data: { action: 'remind', dispatchId } }));
    await exchange(workOrder, dispatchId, { action: 'accept', startsAt: new Date(now.getTime() + 48 * 3600_000).toISOString(), durationMinutes: 60 });
    await ok(await api().post(`/api/v1/tickets/${workOrder}/actions`, { data: { action: 'validate_appointment', dispatchId } }));
    // The appointment reminder, then the check-in request, then the completion request.
    for (const step of ['PT36H', 'PT11H50M', 'PT1H30M']) await advance(step);

    // A quote request the contractor agrees to ("I will send the quote"), reminded a week later.
    quote = await createTicketByApi(page(), { type: 'DS', propertyId: demo.property('COP-001').id, subject: 'Porte du local vélos', contractors: [{ contractorId: demo.contractor('F-010').id }] });
    const ds = await (await api().get(`/api/v1/tickets/${quote}`)).json();
    await exchange(quote, ds.dispatches[0].id as string, { action: 'accept' });
    await advance('P8D');
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
    await smtp?.close();
  });

  it('when a contractor has a very long email, two phones, an appointment and instructions, then nothing leaves its card at 1440 px', async () => {
    await page().setViewportSize({ width: 1440, height: 900 });
    await open(workOrder);
    const card = page().getByTestId('dispatch-card');
    await card.getByTestId('dispatch-appointment').waitFor();
    expect(await card.getByRole('link', { name: longEmail }).getAttribute('title')).toBe(longEmail);
    await card.getByRole('link', { name: '+33 4 78 90 12 34' }).waitFor();
    expect(await card.getByTestId('dispatch-instructions').textContent()).toContain('Clé chez la gardienne');
    const outside = await card.evaluate((root) => {
      const box = root.getBoundingClientRect();
      return [...root.querySelectorAll('*')]
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1))
        .map(({ el, r }) => `${el.tagName}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)} (card ${Math.round(box.left)}–${Math.round(box.right)}): ${(el.textContent ?? '').slice(0, 40)}`);
    });
    expect(outside).toEqual([]);
    await expectNoSeriousA11yViolations(page(), 'the ticket page with a long contractor');
    await screenshot(page(), 'ticket-page-desktop');
  });

  it('when the ticket page is read on a 390 px phone, then it is no wider than the screen', async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    await open(workOrder);
    await page().getByTestId('dispatch-appointment').waitFor();
    expect(await page().evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page(), 'ticket-page-phone');
    await page().setViewportSize({ width: 1440, height: 900 });
  });

  it('when Gardien wrote on its own around the appointment, then the history says so in words, in French and in English', async () => {
    await open(workOrder);
    const sentence = (type: string) => page().locator(`li[data-type="${type}"]`).getByTestId('history-sentence').textContent();
    await page().locator('li[data-type="completion_requested"]').waitFor();
    expect(await sentence('completion_requested')).toMatch(new RegExp(`^Fin d'intervention demandée à ${longName} après le RDV du `));
    expect(await sentence('check_in_requested')).toMatch(new RegExp(`^Présence sur place demandée à ${longName} pour le RDV du `));
    // The SMS part waits (no SMS provider here): the sentence says that nothing left by it.
    expect(await sentence('appointment_reminder_sent')).toMatch(new RegExp(`^Rappel du RDV du .+ envoyé à ${longName}( \\(message non parti\\))?$`));
    expect(await sentence('reminder_sent')).toMatch(new RegExp(`^Relance de l'ordre de service envoyée à ${longName}( \\(message non parti\\))?$`));
    const history = (await page().getByRole('region', { name: fr.history.title }).textContent()) ?? '';
    expect(history).not.toMatch(/completion requested|check in requested|appointment reminder sent|history\.|Fichiers/i);
    // The SMS held back (no provider here) are said once for their reason, each message listed.
    const held = page().getByTestId('dispatch-card').getByTestId('delivery-problem');
    expect(await held.count()).toBe(1);
    expect(await held.getByTestId('delivery-problem-item').count()).toBeGreaterThan(1);
    expect((await held.textContent())?.split(fr.delivery.fix.configure_sms).length).toBe(2);

    await page().evaluate(() => localStorage.setItem('gardien.lang', 'en'));
    await open(workOrder);
    await page().locator('li[data-type="completion_requested"]').waitFor();
    expect(await sentence('completion_requested')).toMatch(new RegExp(`^${longName} asked to report completion after the appointment on `));
    expect(await sentence('check_in_requested')).toMatch(new RegExp(`^${longName} asked to check in for the appointment on `));
    expect(await sentence('appointment_reminder_sent')).toMatch(new RegExp(`^Reminder of the appointment on .+ sent to ${longName}( \\(message not sent\\))?$`));
    const english = (await page().getByRole('region', { name: en.history.title }).textContent()) ?? '';
    expect(english).not.toMatch(/completion requested|check in requested|appointment reminder sent|history\./i);
    await page().evaluate(() => localStorage.setItem('gardien.lang', 'fr'));
  });

  it('when a contractor will send a quote and was reminded, then the history says so, not "work accepted" nor a count of files', async () => {
    await open(quote);
    const accepted = page().locator('li[data-type="contractor_accepted"]');
    await accepted.waitFor();
    expect(await accepted.getByTestId('history-sentence').textContent()).toBe('Bâti Rénov fera le devis');
    expect(await accepted.textContent()).not.toContain(fr.history.type.contractor_accepted);
    const reminder = page().locator('li[data-type="reminder_sent"]');
    await reminder.waitFor();
    expect(await reminder.getByTestId('history-sentence').textContent()).toBe('Relance de la demande de devis envoyée à Bâti Rénov');
    expect(await reminder.textContent()).not.toMatch(/Fichiers|: 1\b/);
    // Items read as a timeline with initials; no channel badge on each of them.
    expect(await page().locator('li[data-type] .mantine-Badge-root').count()).toBe(0);
  });

  it('when the manager looks for what to do, then one next step stands first and the rest waits in a menu', async () => {
    await open(workOrder);
    const primary = page().locator('[data-primary-step]');
    await expect.poll(() => primary.count()).toBe(1);
    expect(await primary.getAttribute('data-action')).toBe('enter_completion');
    expect(await primary.textContent()).toBe(fr.actions.enter_completion.button);
    // At most a few buttons beside it on the ticket; editing and closing are in "More actions".
    const ticketWide = ticketActions(page());
    expect(await ticketWide.getByRole('button').count()).toBeLessThanOrEqual(4);
    await ticketWide.getByRole('button', { name: fr.ticket.moreActions }).click();
    const menu = page().getByRole('menu');
    await menu.getByRole('menuitem', { name: fr.actions.edit.button }).waitFor();
    expect(await menu.getByRole('menuitem', { name: fr.actions.close.button }).locator('svg').count()).toBe(1);
    await expectNoSeriousA11yViolations(page(), 'the ticket page with its menu open');
    await page().keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    // A menu entry opens its form as a button did.
    await clickAction(ticketWide, fr.actions.reassign.button);
    await page().getByRole('dialog').waitFor();
    await page().getByRole('dialog').getByRole('button', { name: fr.common.close }).click();
    await page().getByRole('dialog').waitFor({ state: 'detached' });
    // The entry is gone with its menu: focus comes back to the menu's button.
    await expect.poll(() => page().evaluate(() => document.activeElement?.textContent)).toBe(fr.ticket.moreActions);
  });
});
