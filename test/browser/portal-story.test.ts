// The residents' portal, the whole story across two people, each in their own browser: the
// manager (a desktop) invites a resident from "Résidents"; the invitation email (a real SMTP sink)
// opens on the resident's phone (390 px), where they register and report a problem with a photo;
// the manager validates the request as a work order with a contractor and enters the contractor's
// acceptance with an appointment; the resident sees the appointment in words and its calendar
// link; manager and resident write to each other; the manager marks the ticket resolved, the
// resident gives their opinion, and the manager reads it on the ticket. axe-core checks every
// resident page on the way.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import {
  choose, clickAction, expectNoSeriousA11yViolations, screenshot, screenshotDir, signIn, startJourney, stopJourney, type Journey,
} from './journey-support.ts';

/** A real PNG file, as a phone would send it. */
const photoPath = new URL('../../web/public/portal-icon-192.png', import.meta.url);
const R = fr.admin.residents;
const P = fr.portal;
const invitee = { name: 'Karim Haddad', email: 'karim.haddad@example.test', password: 'un-mot-de-passe-solide' };
const description = 'La porte du placard de la salle de bain est sortie de ses gonds.';
const timezone = 'Europe/Paris';

/** The appointment: three days ahead, 9:30 to 11:00, Paris time (as the manager types it). */
const day = new Date(Date.now() + 3 * 24 * 3600_000);
const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(day);
const appointmentInput = `${ymd}T09:30`;
/** The same instant in UTC, as the calendar entry writes it (DTSTART:20261204T083000Z). */
const parisOffset = Number(/GMT([+-]\d+)/.exec(new Intl.DateTimeFormat('en', { timeZone: timezone, timeZoneName: 'shortOffset' }).format(new Date(`${ymd}T12:00:00Z`)))?.[1] ?? 0);
const appointmentStamp = new Date(Date.parse(`${ymd}T09:30:00Z`) - parisOffset * 3600_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
const appointmentDay = new Intl.DateTimeFormat('fr-FR', { timeZone: timezone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${ymd}T12:00:00Z`));

// One story: a step retried alone would repeat what the previous ones did (a message sent twice).
describe('the residents\u2019 portal, from the invitation to the feedback', { retry: 0 }, () => {
  let journey: Journey;
  let smtp: SmtpSink;
  let phoneContext: BrowserContext;
  let phone: Page;
  let number = 0;
  let deskPage: Page;
  const desk = () => deskPage;
  const dialog = () => desk().getByRole('dialog');
  const dispatchCard = () => desk().getByTestId('dispatch-card').first();

  /** Opens the ticket's page in the cockpit through the list. */
  async function openInCockpit() {
    await desk().goto(`/tickets/${number}`);
    await desk().getByTestId('ticket-page').waitFor();
  }

  /** Opens the resident's ticket page afresh. */
  async function openOnPhone() {
    await phone.goto(`/portal/tickets/${number}`);
    await phone.getByTestId('portal-ticket').waitFor();
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    journey = await startJourney({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', DEMO_TICKETS: '0' });
    // The manager's desktop, in Paris time like the agency (the appointment is typed in it).
    const deskContext = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', timezoneId: timezone, viewport: { width: 1440, height: 900 } });
    await deskContext.addInitScript(() => {
      try {
        localStorage.setItem('gardien.tour', 'offered');
      } catch {
        // a sandboxed frame (an email's preview) has no storage
      }
    });
    deskPage = await deskContext.newPage();
    deskPage.setDefaultTimeout(15_000);
    deskPage.on('pageerror', (error) => journey.pageErrors.push(`desk: ${error.message}`));
    phoneContext = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', timezoneId: timezone, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    phone = await phoneContext.newPage();
    phone.setDefaultTimeout(15_000);
    phone.on('pageerror', (error) => journey.pageErrors.push(`phone: ${error.message}`));
  }, 120_000);

  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && journey) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await desk().screenshot({ path: `${screenshotDir}failed-story-desk-${name}.png`, fullPage: true }).catch(() => {});
      await phone?.screenshot({ path: `${screenshotDir}failed-story-phone-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(journey?.pageErrors ?? [], 'errors thrown in the pages').toEqual([]);
  });

  afterAll(async () => {
    await phoneContext?.close();
    await stopJourney(journey);
    await smtp?.close();
  });

  it('when the manager invites a resident from "Résidents", then the emailed link opens the registration on their phone', async () => {
    await signIn(desk());
    await desk().getByRole('navigation').getByRole('link', { name: fr.admin.nav.residents, exact: true }).click();
    const main = desk().getByRole('main');
    await main.getByRole('heading', { level: 2, name: R.title }).waitFor();
    await main.getByRole('combobox', { name: R.state }).selectOption({ label: R.states.none });
    const row = main.getByTestId('residents-table').getByRole('row').filter({ hasText: invitee.name });
    await expect.poll(() => row.getByTestId('portal-state').textContent()).toBe(R.states.none);
    const before = smtp.messages.length;
    await row.getByRole('button', { name: `${R.invite} — ${invitee.name}` }).click();
    await main.getByTestId('residents-result').getByText(invitee.email, { exact: false }).waitFor();

    let link: string | undefined;
    await expect
      .poll(() => {
        const mail = smtp.messages.slice(before).find((m) => JSON.stringify(m.to).includes(invitee.email));
        link = /https?:\/\/[^\s]+\/portal\/register\?token=[A-Za-z0-9_-]+/.exec(mail?.text ?? '')?.[0];
        return link;
      }, { timeout: 15_000 })
      .toBeTruthy();
    await phone.goto(link!);
    await phone.getByRole('heading', { level: 1, name: P.register.title }).waitFor();
    expect(await phone.getByTestId('invitation-name').innerText()).toBe(invitee.name);
    await expectNoSeriousA11yViolations(phone, 'the registration page');
  });

  it('when the resident registers and reports a problem with a photo, then their request gets a number', async () => {
    await phone.getByRole('textbox', { name: P.register.password, exact: true }).fill(invitee.password);
    await phone.getByRole('button', { name: P.register.submit }).click();
    await phone.getByRole('heading', { level: 1, name: P.home.hello.replace('{{name}}', invitee.name) }).waitFor();
    expect(new URL(phone.url()).pathname).toMatch(/^\/portal\/?$/);
    await expectNoSeriousA11yViolations(phone, 'the portal\u2019s home page');

    await phone.getByRole('link', { name: P.home.report }).click();
    await phone.getByRole('heading', { level: 1, name: P.new.title }).waitFor();
    const place = phone.getByRole('combobox', { name: P.new.place });
    await place.selectOption((await place.locator('option').nth(1).getAttribute('value'))!);
    await phone.getByRole('textbox', { name: P.new.description }).fill(description);
    await phone.locator('input[type=file]:not([capture])').first().setInputFiles({ name: 'placard.png', mimeType: 'image/png', buffer: readFileSync(photoPath) });
    await phone.getByRole('list', { name: fr.webform.photos.chosen }).getByText('placard.png').waitFor();
    await phone.getByRole('textbox', { name: P.new.availability }).fill('Le matin avant 11 h');
    await expectNoSeriousA11yViolations(phone, 'the request form');
    await phone.getByRole('button', { name: P.new.submit }).click();
    await phone.getByTestId('portal-request-sent').waitFor();
    number = Number(/(\d+)/.exec(await phone.getByRole('status').innerText())?.[1]);
    expect(number).toBeGreaterThan(0);
    await phone.getByRole('link', { name: P.new.seeRequest }).click();
    await phone.getByTestId('portal-ticket').waitFor();
    await phone.getByText(P.status.received).first().waitFor();
    await phone.getByRole('region', { name: P.ticket.documents }).getByText('placard.png').waitFor();
    await expectNoSeriousA11yViolations(phone, 'the resident\u2019s new request');
  });

  it('when the manager validates the request as a work order and enters the contractor\u2019s acceptance, then the appointment is set', async () => {
    await desk().getByRole('navigation').getByRole('link', { name: fr.nav.pending }).click();
    await desk().getByRole('heading', { name: fr.list.pendingTitle }).waitFor();
    const row = desk().locator(`tr[data-ticket="${number}"]`);
    await row.getByText('En attente de validation').first().waitFor();
    await row.getByRole('link', { name: description }).click();
    await desk().getByTestId('ticket-page').waitFor();
    expect(await desk().getByTestId('ticket-title').textContent()).toBe(`Demande à valider n° ${number}`);
    await desk().getByRole('link', { name: fr.actions.validate.button }).click();
    await desk().getByRole('heading', { name: `Valider la demande n° ${number}` }).waitFor();
    expect(await desk().getByRole('textbox', { name: /^Description originale/ }).inputValue()).toContain(description);
    await choose(desk().getByRole('group', { name: 'Intervenant 1' }), fr.contractor.choose, 'Bâti Rénov', 'Bâti');
    await desk().getByRole('button', { name: fr.create.validateSubmit }).click();
    await expect.poll(() => desk().getByTestId('ticket-title').textContent()).toBe(`Ordre de service n° ${number}`);
    await dispatchCard().getByText('Bâti Rénov').waitFor();

    await clickAction(dispatchCard(), fr.actions.enter_acceptance.button);
    await dialog().getByLabel(/^Date et heure d'intervention/).fill(appointmentInput);
    await dialog().getByRole('textbox', { name: fr.fields.durationMinutes }).fill('90');
    await dialog().getByRole('button', { name: fr.common.submit }).click();
    await dialog().waitFor({ state: 'detached' });
    await desk().getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.accepted }).waitFor();
    // The proposed appointment becomes the resident's once the manager validates it.
    await clickAction(dispatchCard(), fr.actions.validate_appointment.button);
    await dialog().getByRole('button', { name: fr.common.submit }).click();
    await dialog().waitFor({ state: 'detached' });
    await desk().getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.planned }).waitFor();
  });

  it('when the resident opens their request, then the appointment reads in words with a calendar link', async () => {
    await openOnPhone();
    const appointment = phone.getByTestId('portal-appointment');
    await appointment.waitFor();
    const words = await appointment.innerText();
    expect(words).toContain(appointmentDay);
    expect(words).toMatch(/09:30\s–\s11:00/);
    await phone.getByText(P.status.appointment).first().waitFor();
    const calendar = phone.getByRole('link', { name: P.ticket.addToCalendar });
    const ics = await phone.request.get((await calendar.getAttribute('href'))!);
    expect(ics.status()).toBe(200);
    const entry = await ics.text();
    expect(entry).toContain('BEGIN:VEVENT');
    expect(entry).toContain(`DTSTART:${appointmentStamp}`);
    await expectNoSeriousA11yViolations(phone, 'the ticket page with its appointment');
    await screenshot(phone, 'portal-story-appointment');
  });

  it('when the manager writes to the requester, then the resident reads it and answers, and the manager sees the answer unread', async () => {
    await openInCockpit();
    await desk().getByRole('button', { name: fr.actions.send_message.button }).first().click();
    await dialog().waitFor();
    await dialog().getByRole('textbox', { name: /^Message/ }).fill('Bonjour, Bâti Rénov passera au rendez-vous. Merci de laisser l’accès à la salle de bain.');
    await dialog().getByRole('button', { name: fr.actions.send_message.submit }).click();
    await dialog().waitFor({ state: 'detached' });

    // The manager goes back to the list: an answer to a ticket left open on screen reads as read.
    await desk().getByRole('navigation').getByRole('link', { name: fr.nav.tickets }).click();
    const row = desk().locator(`tr[data-ticket="${number}"]`);
    await row.waitFor();

    // On the phone, the request's card says a message waits; it opens the thread.
    await phone.goto('/portal');
    const card = phone.locator(`[data-ticket="${number}"]`).first();
    await card.getByText(P.badges.unread.replace('{{count}}', '1')).waitFor();
    await card.click();
    await phone.getByTestId('portal-ticket').waitFor();
    await phone.locator('[data-from="agency"]').getByText('Bâti Rénov passera au rendez-vous', { exact: false }).waitFor();
    await phone.getByRole('textbox', { name: P.ticket.write }).fill('Très bien, je serai là. Merci !');
    await phone.getByRole('button', { name: P.ticket.send, exact: true }).click();
    await phone.locator('[data-from="me"]').getByText('Très bien, je serai là. Merci !').waitFor();
    await expectNoSeriousA11yViolations(phone, 'the message thread');

    // The list follows live: the row asks for action, with one unread answer.
    await expect.poll(() => row.getAttribute('data-kind'), { timeout: 10_000 }).toBe('action');
    await row.getByText(fr.list.unread_one.replace('{{count}}', '1')).waitFor();
    // The manager is also told by email, which names no contractor as the answer's sender.
    let told: string | undefined;
    await expect
      .poll(() => (told = smtp.messages.find((m) => JSON.stringify(m.to).includes('manager@demo.gardien.test') && (m.text ?? '').includes('Très bien, je serai là.'))?.text), { timeout: 15_000 })
      .toBeTruthy();
    expect(told).not.toContain('Bâti Rénov');
    await openInCockpit();
    await desk().getByText('Très bien, je serai là. Merci !').first().waitFor();
  });

  it('when the manager marks the ticket resolved and the resident gives their opinion, then the manager reads it on the ticket', async () => {
    await clickAction(desk().getByRole('group', { name: fr.ticket.ticketActions, exact: true }), fr.actions.mark_resolved.button);
    await dialog().getByRole('button', { name: fr.actions.mark_resolved.submit }).click();
    await dialog().waitFor({ state: 'detached' });
    await desk().getByTestId('feedback-card').getByText(fr.feedback.awaiting).waitFor();

    // The requester is asked by email; its link lands on the ticket's opinion form.
    let link: string | undefined;
    await expect
      .poll(() => {
        const mail = smtp.messages.find((m) => JSON.stringify(m.to).includes(invitee.email) && (m.text ?? '').includes('#feedback'));
        link = new RegExp(String.raw`https?://\S+/portal/tickets/${number}#feedback`).exec(mail?.text ?? '')?.[0];
        return link;
      }, { timeout: 15_000 })
      .toBeTruthy();
    // A link in an email opens in a new tab of the phone's browser.
    const emailTab = await phoneContext.newPage();
    emailTab.on('pageerror', (error) => journey.pageErrors.push(`phone: ${error.message}`));
    await phone.close();
    phone = emailTab;
    phone.setDefaultTimeout(15_000);
    await phone.goto(link!);
    await phone.getByTestId('portal-ticket').waitFor();
    await phone.getByText(P.status.resolved).first().waitFor();
    const feedback = phone.getByRole('region', { name: P.feedback.title });
    await feedback.waitFor();
    await expect.poll(() => feedback.evaluate((section) => section.getBoundingClientRect().top < window.innerHeight), { message: 'the form is on screen' }).toBe(true);
    await feedback.getByRole('button', { name: P.feedback.ratings.good }).click();
    await feedback.getByRole('combobox', { name: P.feedback.reason }).selectOption('quick');
    await feedback.getByRole('textbox', { name: P.feedback.comment }).fill('Intervention rapide et soignée.');
    await expectNoSeriousA11yViolations(phone, 'the feedback form');
    await feedback.getByRole('button', { name: P.feedback.submit }).click();
    await phone.getByTestId('portal-feedback-given').getByText(P.feedback.thanks).waitFor();
    await expectNoSeriousA11yViolations(phone, 'the feedback given');

    await openInCockpit();
    const card = desk().getByTestId('feedback-card');
    await expect.poll(() => card.getByTestId('feedback-rating').textContent()).toBe(fr.feedback.rating.good);
    await card.getByText(fr.feedback.reason.quick).waitFor();
    await card.getByText('Intervention rapide et soignée.').waitFor();
    expect(await card.locator('button, input, textarea, select').count(), 'the feedback card is read-only').toBe(0);
    await screenshot(desk(), 'portal-story-feedback');
  });
});
