// Browser journey: a manager creates a work order through the form, finds it in the list, opens
// it, enters the contractor's answers by hand (acceptance, appointment, completion, invoice),
// writes an internal note, and closes it for good.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import {
  choose, clickAction, expectNoSeriousA11yViolations, screenshot, screenshotDir, signIn, startJourney, stopJourney, ticketActions, type Journey,
} from './journey-support.ts';

const subject = 'Fuite sous l’évier de la loge';
/** A 1×1 PNG: the server checks files by their bytes. */
const photo = { name: 'fuite.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64') };
const localInput = (date: Date) => {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
};

describe('a work order from its creation to its closing', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;
  /** The modal of the action being entered. */
  const dialog = () => page().getByRole('dialog');
  const dispatchCard = () => page().getByTestId('dispatch-card').first();

  async function act(button: string, fill?: () => Promise<void>, submit: string = fr.common.submit) {
    await clickAction(dispatchCard(), button);
    await dialog().waitFor();
    if (fill) await fill();
    await dialog().getByRole('button', { name: submit }).click();
    await dialog().waitFor({ state: 'detached' });
  }

  const status = () => page().getByTestId('ticket-page').locator('header [data-status]').first();

  beforeAll(async () => {
    journey = await startJourney();
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

  it('when the manager fills the creation form, then a work order is created and its page opens', async () => {
    await signIn(page());
    await page().getByRole('navigation').getByRole('link', { name: fr.nav.newTicket }).click();
    await page().getByRole('heading', { name: fr.create.title, level: 2 }).waitFor();
    await expectNoSeriousA11yViolations(page(), 'the creation form');
    await screenshot(page(), 'create-form');

    // Part 1: place and people. Part 2: the subject. Part 3: the contractor, chosen by trade.
    await choose(page(), /^Immeuble/, /Résidence Les Tilleuls/, 'Tilleuls');
    await page().getByRole('textbox', { name: /^Sujet/ }).fill(subject);
    const contractor = page().getByRole('group', { name: 'Intervenant 1' });
    await choose(contractor, fr.contractor.trade, fr.codes.trade.plumbing, 'Plom');
    await choose(contractor, fr.contractor.choose, 'Plomberie Dupuis');
    expect(await contractor.getByRole('textbox', { name: fr.contractor.typeIn }).isDisabled()).toBe(true);
    // A photo joins the request (uploaded once the ticket exists, then attached to it).
    await page().locator('input[type="file"]').setInputFiles(photo);
    expect(await page().getByRole('list', { name: fr.files.chosen }).textContent()).toContain('fuite.png');
    await page().getByRole('button', { name: fr.create.submit }).click();

    await page().getByTestId('ticket-title').waitFor();
    expect(await page().getByTestId('ticket-title').textContent()).toMatch(/^Ordre de service n° \d+$/);
    expect(await page().getByTestId('ticket-subject').textContent()).toBe(subject);
    expect(await status().textContent()).toBe("Attente du RDV d'intervention");
    await dispatchCard().getByText('Plomberie Dupuis').waitFor();

    // The photo is among the documents: it opens large in a window.
    await page().getByRole('button', { name: /agrandir l'image fuite\.png/ }).click();
    await dialog().getByRole('img', { name: 'fuite.png' }).waitFor();
    await dialog().getByRole('button', { name: fr.common.close }).click();
    await dialog().waitFor({ state: 'detached' });
    await expect.poll(() => page().locator('li[data-type="attachments_added"]').count()).toBe(1);
  });

  it('while the ticket is open, then the time spent counts, and leaving the page records it', async () => {
    const clock = page().getByTestId('time-spent');
    const first = await clock.textContent();
    await expect.poll(() => clock.textContent(), { timeout: 5_000 }).not.toBe(first);
    const number = Number(await page().getByTestId('ticket-page').getAttribute('data-ticket'));
    await page().waitForTimeout(2_000); // real seconds: the server counts time between start and stop
    await page().getByRole('link', { name: fr.ticket.backToList }).click();
    await page().locator('tr[data-ticket]').first().waitFor();
    await expect
      .poll(async () => ((await (await page().request.get(`/api/v1/tickets/${number}`)).json()) as { timeSpentSeconds: number }).timeSpentSeconds)
      .toBeGreaterThanOrEqual(2);
    await page().getByRole('link', { name: `Ouvrir le ticket n° ${number}` }).click();
    await page().getByTestId('ticket-page').waitFor();
  });

  it('when the manager returns to the list, then the new ticket is there, blue or grey by who must act', async () => {
    await page().getByRole('link', { name: fr.ticket.backToList }).click();
    const row = page().locator('tr[data-ticket]', { hasText: subject });
    await row.waitFor();
    expect(await row.getAttribute('data-kind')).toBe('waiting');
    await row.getByText('Plomberie Dupuis').waitFor();
    await row.getByText("Attente du RDV d'intervention").waitFor();
    await row.getByRole('link', { name: subject }).click();
    await page().getByTestId('ticket-page').waitFor();
  });

  it('when the contractor accepted by phone, then the manager enters it and validates the appointment', async () => {
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    tomorrow.setHours(9, 30, 0, 0);
    await act(fr.actions.enter_acceptance.button, async () => {
      await dialog().getByLabel(/^Date et heure d'intervention/).fill(localInput(tomorrow));
      await dialog().getByRole('textbox', { name: fr.fields.durationMinutes }).fill('90');
    });
    await page().getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.accepted }).waitFor();
    expect(await status().textContent()).toBe('RDV proposé');
    // The acceptance was received: it stands in the history on the "received" side.
    const accepted = page().locator('li[data-type="contractor_accepted"]');
    await accepted.waitFor();
    expect(await accepted.getAttribute('data-direction')).toBe('in');
    expect(await accepted.textContent()).toMatch(/1\sh\s30\smin/);

    await act(fr.actions.validate_appointment.button);
    await page().getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.planned }).waitFor();
    expect(await page().locator('li[data-type="appointment_validated"]').getAttribute('data-direction')).toBe('out');
  });

  it('when the work is done and the invoice arrives, then the amount shows in the header', async () => {
    await act(fr.actions.enter_completion.button, async () => {
      await dialog().getByRole('textbox', { name: fr.fields.comment }).fill('Joint du siphon remplacé.');
    });
    await page().getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.done }).waitFor();
    expect(await status().textContent()).toBe('Intervention terminée');

    await act(fr.actions.enter_invoice.button, async () => {
      await dialog().getByRole('textbox', { name: /^Montant de la facture/ }).fill('253,64');
    });
    await page().getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.invoice_received }).waitFor();
    await expect.poll(() => page().getByTestId('ticket-amount').textContent()).toMatch(/^253,64\s€$/);
    expect(await status().textContent()).toBe('Facture reçue');
  });

  it('when the manager writes an internal note in rich text, then it is marked internal in the history', async () => {
    await clickAction(ticketActions(page()), fr.actions.internal_note.button);
    const editor = dialog().getByRole('textbox', { name: fr.fields.note });
    await editor.click();
    await page().keyboard.type('Prévenir le gardien : ');
    await dialog().getByRole('button', { name: fr.richText.bold }).click();
    await page().keyboard.type('accès cave');
    await expectNoSeriousA11yViolations(page(), 'the internal note form');
    await dialog().getByRole('button', { name: fr.common.submit }).click();
    await dialog().waitFor({ state: 'detached' });
    const note = page().locator('li[data-type="internal_note"]');
    await note.waitFor();
    expect(await note.getAttribute('data-internal')).toBe('true');
    expect(await note.getByTestId('internal-badge').textContent()).toBe(fr.history.internal);
    expect(await note.locator('strong, b').first().textContent()).toBe('accès cave');
  });

  it('when only the contractor is shown, then the history keeps its events and drops the others', async () => {
    await dispatchCard().getByRole('switch', { name: /Plomberie Dupuis/ }).check();
    await page().getByRole('heading', { name: /uniquement Plomberie Dupuis/ }).waitFor();
    await expect.poll(() => page().locator('li[data-type="internal_note"]').count()).toBe(0);
    await expect.poll(() => page().locator('li[data-type="contractor_accepted"]').count()).toBe(1);
    await page().getByRole('button', { name: fr.history.showAll }).click();
    await page().locator('li[data-type="internal_note"]').waitFor();
  });

  it('when the manager closes the ticket, then a warning says it cannot be undone, and it reads closed everywhere', async () => {
    await expectNoSeriousA11yViolations(page(), 'the ticket page');
    await screenshot(page(), 'ticket-page');
    await clickAction(ticketActions(page()), fr.actions.close.button);
    expect(await dialog().getByTestId('action-warning').textContent()).toBe(fr.actions.close.warning);
    await dialog().getByRole('button', { name: fr.actions.close.submit }).click();
    await dialog().waitFor({ state: 'detached' });

    await page().getByTestId('closed-banner').waitFor();
    expect(await status().textContent()).toBe('Clos');
    expect(await status().evaluate((el) => getComputedStyle(el).color)).toBe('rgb(201, 42, 42)');
    await expect.poll(() => page().locator('[data-action]').count()).toBe(0);
    await page().getByTestId('no-actions').waitFor();
    expect(await page().getByRole('switch', { name: fr.ticket.silent }).isDisabled()).toBe(true);
    // The history still reads.
    await expect.poll(() => page().locator('li[data-type="ticket_closed"]').count()).toBe(1);
    // The summary (PDF) and every document (zip) are offered.
    const summary = await page().request.get((await page().getByTestId('summary-pdf').getAttribute('href'))!);
    expect(summary.headers()['content-type']).toBe('application/pdf');
    const zip = await page().request.get((await page().getByTestId('documents-zip').getAttribute('href'))!);
    expect(zip.headers()['content-type']).toBe('application/zip');
    await expectNoSeriousA11yViolations(page(), 'the closed ticket');
    await screenshot(page(), 'ticket-closed');

    // In the list, under "closed", the status is red too.
    await page().getByRole('link', { name: fr.ticket.backToList }).click();
    await page().getByText(fr.list.scope.closed, { exact: true }).click();
    const row = page().locator('tr[data-ticket]', { hasText: subject });
    await row.waitFor();
    expect(await row.getAttribute('data-kind')).toBe('closed');
    expect(await row.locator('[data-status="closed"]').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(201, 42, 42)');
  });
});
