// Browser journey through a quote request and the actions at any step: subject edited in place,
// a message to the contractor, a second contractor (DS → DM), a quote entered by hand, approval
// asked of the council president and entered by hand, the acceptance confirmed, a third party
// informed, the ticket edited (category and its fields), silent mode.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import {
  actionOffered, choose, clickAction, createTicketByApi, demoData, expectNoSeriousA11yViolations, screenshotDir, signIn, startJourney, stopJourney,
  ticketActions, type Journey,
} from './journey-support.ts';

describe('a quote request worked from the ticket page', () => {
  let journey: Journey | undefined;
  let number = 0;
  const page = () => journey!.page;
  const dialog = () => page().getByRole('dialog');
  const card = (name: string) => page().getByTestId('dispatch-card').filter({ hasText: name });
  const title = () => page().getByTestId('ticket-title');

  async function submitDialog(label: string = fr.common.submit) {
    await dialog().getByRole('button', { name: label }).click();
    await dialog().waitFor({ state: 'detached' });
  }

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page());
    const demo = await demoData(page());
    number = await createTicketByApi(page(), {
      type: 'DS', propertyId: demo.property('COP-001').id, subject: 'Remplacement de la porte du local vélos', contractors: [{ contractorId: demo.contractor('F-010').id }],
    });
    await page().goto(`/tickets/${number}`);
    await title().waitFor();
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

  it('edits the subject in place and writes to the contractor', async () => {
    expect(await title().textContent()).toBe(`Devis simple n° ${number}`);
    await page().getByRole('button', { name: fr.ticket.editField.replace('{{field}}', fr.fields.subject) }).click();
    await page().getByRole('textbox', { name: fr.fields.subject }).fill('Remplacement de la porte du local à vélos');
    await page().getByRole('button', { name: fr.common.save }).click();
    await expect.poll(() => page().getByTestId('ticket-subject').textContent()).toBe('Remplacement de la porte du local à vélos');
    // The history refetches just after the header: wait for it rather than read it once.
    await expect.poll(() => page().locator('li[data-type="ticket_edited"]').count()).toBe(1);

    await clickAction(card('Bâti Rénov'), fr.actions.send_message.button);
    expect(await dialog().getByRole('textbox', { name: fr.fields.subject }).inputValue()).toBe('Remplacement de la porte du local à vélos');
    // The server's refusal of an empty body is told under the field; here the browser checks first.
    await dialog().getByRole('button', { name: fr.actions.send_message.submit }).click();
    await dialog().getByText(fr.actions.common.required).waitFor();
    await dialog().getByRole('textbox', { name: /^Message/ }).fill('Pouvez-vous passer mesurer la porte cette semaine ?');
    await submitDialog(fr.actions.send_message.submit);
    const sent = page().locator('li[data-type="message_sent"]');
    await sent.waitFor();
    expect(await sent.textContent()).toContain('Pouvez-vous passer mesurer');
  });

  it('contacts a second contractor, typed in with two emails: the quote request becomes multiple', async () => {
    await clickAction(ticketActions(page()), fr.actions.add_contractor.button);
    await dialog().getByRole('textbox', { name: fr.contractor.typeIn }).fill('Menuiserie Girard');
    const emails = dialog().getByLabel(/^E-mails/);
    // Typed as the seed's users do: separated by a comma (the second one accepted with Enter).
    await emails.pressSequentially('devis@menuiserie-girard.example.fr,');
    await emails.fill('atelier@menuiserie-girard.example.fr');
    await emails.press('Enter');
    // Bâti Rénov could be replaced: the dialog asks, and "No" keeps its request beside the new one.
    await dialog().getByRole('button', { name: fr.otherContractor.next }).click();
    await submitDialog(fr.otherContractor.noButton);
    await expect.poll(() => title().textContent()).toBe(`Devis multiple n° ${number}`);
    for (const email of ['devis@menuiserie-girard.example.fr', 'atelier@menuiserie-girard.example.fr']) {
      await card('Menuiserie Girard').getByRole('link', { name: email }).waitFor();
    }
  });

  it('enters the quote by hand, asks the council president to approve it, and enters the approval', async () => {
    await clickAction(card('Bâti Rénov'), fr.actions.enter_quote.button);
    await dialog().getByRole('textbox', { name: /^Montant du devis/ }).fill('1 850,50');
    await submitDialog();
    await card('Bâti Rénov').getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.quote_received }).waitFor();
    expect(await card('Bâti Rénov').textContent()).toMatch(/1\s850,50\s€/);

    await clickAction(ticketActions(page()), fr.actions.request_approval.button);
    await choose(dialog(), fr.party.choose, /Hélène Rousseau/, 'Hélène');
    await dialog().getByRole('checkbox', { name: fr.fields.informCouncil }).check();
    await expectNoSeriousA11yViolations(page(), 'the approval request form');
    await submitDialog();
    await page().getByRole('heading', { name: fr.ticket.approvers }).waitFor();
    await page().getByText('Conseil syndical informé : Marc Lefebvre').waitFor();

    await clickAction(card('Bâti Rénov'), fr.actions.enter_approval.button);
    await dialog().getByText('Décision de Hélène Rousseau').waitFor();
    await dialog().getByRole('textbox', { name: fr.fields.comment }).fill('D’accord par téléphone.');
    await submitDialog();
    // The retained quote makes the ticket a single quote again; the other contractor is told.
    await expect.poll(() => title().textContent()).toBe(`Devis simple n° ${number}`);
    await card('Menuiserie Girard').getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.not_retained }).waitFor();
    expect(await page().getByTestId('ticket-amount').textContent()).toMatch(/1\s850,50\s€/);
  });

  it('confirms the acceptance to the contractor, who then sets the appointment', async () => {
    await clickAction(card('Bâti Rénov'), fr.actions.confirm_quote.button);
    await submitDialog();
    await card('Bâti Rénov').getByTestId('dispatch-state').filter({ hasText: fr.codes.dispatchState.requested }).waitFor();
    expect(await actionOffered(card('Bâti Rénov'), fr.actions.enter_appointment.button)).toBe(true);
  });

  it('informs a third party typed in, edits the category and its fields, and switches silent mode on', async () => {
    await clickAction(ticketActions(page()), fr.actions.inform_third_party.button);
    await dialog().getByRole('textbox', { name: fr.party.typeIn }).fill('Gardienne de la résidence');
    await dialog().getByLabel(/^Téléphones mobiles/).fill('06 11 22 33 44');
    await dialog().getByLabel(/^Téléphones mobiles/).press('Enter');
    await dialog().getByRole('checkbox', { name: fr.codes.channel.email }).uncheck();
    await dialog().getByRole('checkbox', { name: fr.codes.channel.sms }).check();
    await submitDialog(fr.actions.inform_third_party.submit);
    const informed = page().locator('li[data-type="third_party_informed"]');
    await informed.waitFor();
    expect(await informed.textContent()).toContain('Gardienne de la résidence');

    await clickAction(ticketActions(page()), fr.actions.edit.button);
    await choose(dialog(), fr.fields.category, 'Chauffage');
    await dialog().getByRole('textbox', { name: 'Nombre de radiateurs froids' }).fill('3');
    await submitDialog();
    await expect.poll(() => page().getByText(/Catégorie : Chauffage/).textContent()).toContain('Nombre de radiateurs froids : 3');

    const silent = page().getByRole('switch', { name: fr.ticket.silent });
    await silent.check();
    await expect.poll(() => silent.isChecked()).toBe(true);
    await page().locator('li[data-type="silent_on"]').waitFor();
  });
});
