// Browser journey through the ticket list: columns and colours, search kept across a visit to a
// ticket, filters, load more, bulk reassignment, print, requests awaiting validation (validated
// through the pre-filled form), and the English interface.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import {
  clickAction,
  choose, createTicketByApi, demoData, expectNoSeriousA11yViolations, listedNumbers, screenshot, screenshotDir, signIn,
  startJourney, stopJourney, type Journey,
} from './journey-support.ts';

describe('the ticket list', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;
  const tickets: Record<'lift' | 'facade' | 'lock' | 'boiler' | 'pending', number> = { lift: 0, facade: 0, lock: 0, boiler: 0, pending: 0 };
  const rows = () => page().locator('tr[data-ticket]');
  /** Picks a scope of the segmented control (open, today, closed, all). */
  const scope = (label: string) => page().getByRole('radiogroup', { name: fr.list.scope.label }).getByText(label, { exact: true }).click();

  /** Waits until the list shows exactly these tickets (in any order). */
  async function expectListed(numbers: number[]) {
    await expect.poll(async () => (await listedNumbers(page())).sort((a, b) => a - b), { timeout: 10_000 }).toEqual([...numbers].sort((a, b) => a - b));
  }

  beforeAll(async () => {
    // The list's mechanics are checked on tickets of this journey alone: the demo agency without
    // its example tickets (demo-tickets.test.ts checks those).
    journey = await startJourney({ DEMO_TICKETS: '0' });
    await signIn(page());
    const demo = await demoData(page());
    const workOrder = (property: string, subject: string, contractor: string, type = 'ODS') =>
      createTicketByApi(page(), { type, propertyId: demo.property(property).id, subject, description: `${subject} — détails`, contractors: [{ contractorId: demo.contractor(contractor).id }] });
    tickets.lift = await workOrder('COP-001', 'Ascenseur bloqué au 3e étage', 'F-005');
    tickets.facade = await workOrder('COP-002', 'Devis ravalement de façade', 'F-010', 'DS');
    tickets.lock = await workOrder('GER-010', "Serrure de la porte d'entrée", 'F-004');
    tickets.boiler = await workOrder('GER-011', 'Chaudière en panne', 'F-003');
    tickets.pending = await createTicketByApi(page(), {
      type: 'PENDING', propertyId: demo.property('COP-001').id, subject: 'Infiltration au plafond de la salle de bain', source: 'portal',
      originalDescription: 'Une tache d’humidité s’étend depuis hier soir.', requester: { personId: demo.person('P-003').id },
    });
    await page().reload();
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

  it('shows my open tickets, newest change first, blue when I must act and grey when others must', async () => {
    await expectListed(Object.values(tickets));
    expect(await listedNumbers(page())).toEqual([tickets.pending, tickets.boiler, tickets.lock, tickets.facade, tickets.lift]);
    for (const column of Object.values(fr.list.columns)) {
      expect(await page().getByRole('columnheader', { name: column, exact: true }).count()).toBe(1);
    }
    const pending = rows().and(page().locator(`[data-ticket="${tickets.pending}"]`));
    expect(await pending.getAttribute('data-kind')).toBe('action');
    await pending.getByText('En attente de validation').waitFor();
    // Created by the manager, these were handled at once: no first-response flag.
    expect(await rows().locator('[data-first-response]').count()).toBe(0);
    const lift = page().locator(`tr[data-ticket="${tickets.lift}"]`);
    expect(await lift.getAttribute('data-kind')).toBe('waiting');
    expect(await lift.locator('.gardien-age').getAttribute('data-age')).toBe('fresh');
    expect(await lift.locator('.gardien-age').textContent()).toBe(fr.list.age.fresh);
    // The description shows on hover of the subject.
    expect(await lift.getByRole('link', { name: 'Ascenseur bloqué au 3e étage' }).getAttribute('title')).toBe('Ascenseur bloqué au 3e étage — détails');
    await expectNoSeriousA11yViolations(page(), 'the ticket list');
    await screenshot(page(), 'list');
  });

  it('keeps the search in the address while a ticket is opened and closed again', async () => {
    await page().getByRole('searchbox', { name: fr.list.search }).fill('ascenseur');
    await expectListed([tickets.lift]);
    expect(page().url()).toContain('q=ascenseur');
    await page().getByRole('link', { name: 'Ascenseur bloqué au 3e étage' }).click();
    await page().getByTestId('ticket-page').waitFor();
    await page().getByRole('link', { name: fr.ticket.backToList }).click();
    await expectListed([tickets.lift]);
    expect(await page().getByRole('searchbox', { name: fr.list.search }).inputValue()).toBe('ascenseur');
    // The browser's back button does the same.
    await page().getByRole('link', { name: 'Ascenseur bloqué au 3e étage' }).click();
    await page().getByTestId('ticket-page').waitFor();
    await page().goBack();
    await expectListed([tickets.lift]);
    await page().getByRole('searchbox', { name: fr.list.search }).fill('');
    await expectListed(Object.values(tickets));
  });

  it('keeps scope, "my tickets" and the search when one leaves the list by the sidebar and comes back', async () => {
    await scope(fr.list.scope.all);
    await page().getByRole('switch', { name: fr.list.mine }).uncheck();
    await page().getByRole('searchbox', { name: fr.list.search }).fill('chaudière');
    await expectListed([tickets.boiler]);
    await page().getByRole('navigation').getByRole('link', { name: fr.nav.newTicket }).click();
    await page().waitForURL('**/tickets/new');
    await page().getByRole('navigation').getByRole('link', { name: fr.nav.tickets }).click();
    await expectListed([tickets.boiler]);
    expect(await page().getByRole('searchbox', { name: fr.list.search }).inputValue()).toBe('chaudière');
    expect(await page().getByRole('switch', { name: fr.list.mine }).isChecked()).toBe(false);
    expect(await page().getByRole('radio', { name: fr.list.scope.all }).isChecked()).toBe(true);
    // Back to my open tickets for the next steps.
    await page().getByRole('searchbox', { name: fr.list.search }).fill('');
    await page().getByRole('switch', { name: fr.list.mine }).check();
    await scope(fr.list.scope.open);
    await expectListed(Object.values(tickets));
  });

  it('opens a ticket from anywhere on its row; Ctrl-click and the middle button open it in a new tab; the box still selects', async () => {
    const row = page().locator(`tr[data-ticket="${tickets.lock}"]`);
    // The subject stays a real link (keyboard, screen readers, "open in a new tab").
    expect(await row.getByRole('link', { name: "Serrure de la porte d'entrée" }).getAttribute('href')).toBe(`/tickets/${tickets.lock}`);
    await row.getByRole('cell', { name: 'Immeuble Voltaire' }).click();
    await page().getByTestId('ticket-page').waitFor();
    expect(new URL(page().url()).pathname).toBe(`/tickets/${tickets.lock}`);
    await page().goBack();
    await expectListed(Object.values(tickets));

    const clicks: Parameters<ReturnType<typeof row.getByRole>['click']>[0][] = [{ modifiers: ['ControlOrMeta'] }, { button: 'middle' }];
    for (const click of clicks) {
      const opened = journey!.context.waitForEvent('page');
      await row.getByRole('cell', { name: 'Immeuble Voltaire' }).click(click);
      const tab = await opened;
      await tab.waitForURL(`**/tickets/${tickets.lock}`);
      await tab.close();
      expect(new URL(page().url()).pathname).toBe('/');
    }

    await row.getByRole('checkbox', { name: `Sélectionner le ticket n° ${tickets.lock}` }).click();
    expect(await row.getByRole('checkbox').isChecked()).toBe(true);
    expect(new URL(page().url()).pathname).toBe('/');
    await row.getByRole('checkbox').click();
    expect(await row.getByRole('checkbox').isChecked()).toBe(false);
  });

  it('moves through the list with j and k, ticks with x, opens with Enter, searches with /, and lists the shortcuts on ?', async () => {
    const highlighted = () => page().locator('tr[data-highlighted]').getAttribute('data-ticket');
    const order = await listedNumbers(page());
    await page().locator('body').click({ position: { x: 5, y: 300 } }); // nothing focused but the page
    await page().keyboard.press('j');
    await expect.poll(highlighted).toBe(String(order[0]));
    await page().keyboard.press('j');
    await page().keyboard.press('j');
    await expect.poll(highlighted).toBe(String(order[2]));
    await page().keyboard.press('k');
    await expect.poll(highlighted).toBe(String(order[1]));
    await page().keyboard.press('x');
    expect(await page().getByRole('checkbox', { name: `Sélectionner le ticket n° ${order[1]}` }).isChecked()).toBe(true);
    await page().keyboard.press('x');
    expect(await page().getByRole('checkbox', { name: `Sélectionner le ticket n° ${order[1]}` }).isChecked()).toBe(false);

    // "/" goes to the search box; typing there is typing, not shortcuts.
    await page().keyboard.press('/');
    const search = page().getByRole('searchbox', { name: fr.list.search });
    expect(await search.evaluate((input) => input === document.activeElement)).toBe(true);
    await page().keyboard.type('jk');
    expect(await search.inputValue()).toBe('jk');
    expect(await highlighted()).toBe(String(order[1]));
    await search.fill('');
    await expectListed(Object.values(tickets));
    await page().locator('body').click({ position: { x: 5, y: 300 } });

    await page().keyboard.press('?');
    const dialog = page().getByRole('dialog', { name: fr.shortcuts.title });
    await dialog.waitFor();
    await dialog.getByRole('row').filter({ hasText: fr.shortcuts.list.open }).waitFor();
    await dialog.getByRole('row').filter({ hasText: fr.shortcuts.ticket.primaryStep }).waitFor();
    await expectNoSeriousA11yViolations(page(), 'the shortcuts dialog');
    await page().keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The highlight stayed where it was: one more j, then Enter opens that ticket.
    await page().keyboard.press('j');
    await expect.poll(highlighted).toBe(String(order[2]));
    await page().keyboard.press('Enter');
    await page().getByTestId('ticket-page').waitFor();
    expect(new URL(page().url()).pathname).toBe(`/tickets/${order[2]}`);

    // On a ticket, "e" clicks its main step (the button the ticket page marks data-primary-step):
    // its dialog opens.
    await page().locator('[data-primary-step]').waitFor();
    await page().locator('body').click({ position: { x: 5, y: 300 } });
    expect(await page().getByRole('dialog').count()).toBe(0);
    await page().keyboard.press('e');
    await page().getByRole('dialog').waitFor();
    await page().keyboard.press('Escape');
    await page().getByRole('dialog').waitFor({ state: 'detached' });
    await page().goBack();
    await expectListed(Object.values(tickets));
  });

  it('sorts the contractors of the filter in French alphabetical order (Élec before Vitrerie)', async () => {
    await page().getByRole('button', { name: fr.list.filters.toggle, exact: true }).click();
    await page().getByRole('combobox', { name: fr.list.filters.contractor }).click();
    const names = await page().getByRole('listbox').getByRole('option').allTextContents();
    expect(names.length).toBeGreaterThan(5);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr', { sensitivity: 'base' }).compare));
    expect(names.indexOf('Élec Services Rhône')).toBeLessThan(names.indexOf('Vitrerie du Centre'));
    expect(names.indexOf('Élec Services Rhône')).toBeGreaterThan(names.indexOf('Chauffage Confort'));
    await page().keyboard.press('Escape');
    await page().getByRole('button', { name: fr.list.filters.toggle, exact: true }).click();
  });

  it('marks only open tickets as waiting for handling: a closed ticket has no age dot nor first-response flag', async () => {
    const demo = await demoData(page());
    const closed = await createTicketByApi(page(), {
      type: 'ODS', propertyId: demo.property('COP-002').id, subject: 'Boîte aux lettres réparée', contractors: [{ contractorId: demo.contractor('F-004').id }],
    });
    const answer = await page().request.post(`/api/v1/tickets/${closed}/actions`, { data: { action: 'close' } });
    expect(answer.status(), await answer.text()).toBe(200);
    await scope(fr.list.scope.closed);
    const row = page().locator(`tr[data-ticket="${closed}"]`);
    await row.waitFor();
    expect(await row.getAttribute('data-kind')).toBe('closed');
    expect(await row.locator('.gardien-age').count()).toBe(0);
    expect(await row.locator('[data-first-response]').count()).toBe(0);
    // The open ones keep theirs.
    await scope(fr.list.scope.open);
    await expectListed(Object.values(tickets));
    expect(await page().locator(`tr[data-ticket="${tickets.lift}"] .gardien-age`).count()).toBe(1);
  });

  it('in a dialog, the first field has the focus, money keeps two decimals, and closing gives the focus back to the button', async () => {
    await page().getByRole('link', { name: 'Devis ravalement de façade' }).click();
    await page().getByTestId('ticket-page').waitFor();
    // The quote is entered from the contractor's card: a button, or an entry of its menu.
    await clickAction(page().getByTestId('dispatch-card').first(), fr.actions.enter_quote.button);
    const dialog = page().getByRole('dialog');
    await dialog.waitFor();
    const amount = dialog.getByRole('textbox').first();
    await expect.poll(() => amount.evaluate((input) => input === document.activeElement)).toBe(true);
    await page().keyboard.type('245,5');
    await page().keyboard.press('Tab');
    expect(await amount.inputValue()).toBe('245,50 €');
    await dialog.getByRole('button', { name: fr.common.cancel }).click();
    await dialog.waitFor({ state: 'detached' });
    // The focus is back on what opened the dialog: the action's button, or its menu's.
    const focused = () => page().evaluate(() => {
      const active = document.activeElement;
      return active?.getAttribute('data-action') ?? active?.textContent?.trim() ?? '';
    });
    await expect.poll(focused).toMatch(new RegExp(`^(enter_quote|${fr.ticket.moreActions})$`));
    await page().goBack();
    await expectListed(Object.values(tickets));
  });

  it('narrows the list by type, property, contractor, waiting on, and needs action', async () => {
    const toggle = page().getByRole('button', { name: fr.list.filters.toggle, exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    await page().getByRole('combobox', { name: fr.list.filters.type }).selectOption({ label: fr.codes.typeLong.DS });
    await expectListed([tickets.facade]);
    expect(page().url()).toContain('type=DS');
    await page().getByRole('button', { name: fr.list.filters.reset }).click();
    await expectListed(Object.values(tickets));

    await choose(page(), fr.list.filters.property, 'Immeuble Voltaire', 'Volt');
    await expectListed([tickets.lock]);
    await page().getByRole('button', { name: fr.list.filters.reset }).click();

    await choose(page(), fr.list.filters.contractor, 'Chauffage Confort', 'Chauff');
    await expectListed([tickets.boiler]);
    await page().getByRole('button', { name: fr.list.filters.reset }).click();

    await page().getByRole('combobox', { name: fr.list.filters.waitingOn }).selectOption({ label: fr.codes.waitingOn.contractor });
    await expectListed([tickets.lift, tickets.facade, tickets.lock, tickets.boiler]);
    await page().getByRole('button', { name: fr.list.filters.reset }).click();

    await page().getByRole('checkbox', { name: fr.list.filters.needsAction }).check();
    await expectListed([tickets.pending]);
    await page().getByRole('button', { name: fr.list.filters.reset }).click();
    await expectListed(Object.values(tickets));
  });

  it('hands the selected tickets to another manager and says which were handed over', async () => {
    await page().getByRole('checkbox', { name: `Sélectionner le ticket n° ${tickets.lift}` }).check();
    await page().getByRole('checkbox', { name: `Sélectionner le ticket n° ${tickets.facade}` }).check();
    const bar = page().getByRole('region', { name: fr.list.bulk.region });
    await bar.getByText('2 tickets sélectionnés').waitFor();
    await choose(bar, fr.list.bulk.assignee, 'Julien Bernard');
    await bar.getByRole('button', { name: fr.list.bulk.submit }).click();

    const result = page().getByTestId('bulk-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(`2 tickets confiés à Julien Bernard : n° ${tickets.lift}, ${tickets.facade}.`);
    // "My tickets" is on: the tickets handed over leave my list…
    await expectListed([tickets.pending, tickets.boiler, tickets.lock]);
    // …and show with their new assignee among everyone's.
    await page().getByRole('switch', { name: fr.list.mine }).uncheck();
    await expectListed(Object.values(tickets));
    await page().locator(`tr[data-ticket="${tickets.lift}"]`).getByText('Julien Bernard').waitFor();
    await page().getByRole('switch', { name: fr.list.mine }).check();
  });

  it('loads more tickets with the cursor, and prints the list without the navigation', async () => {
    const demo = await demoData(page());
    for (let i = 1; i <= 50; i++) {
      await createTicketByApi(page(), {
        type: 'ODS', propertyId: demo.property('GER-011').id, subject: `Entretien annuel ${i}`, contractors: [{ contractorId: demo.contractor('F-008').id }],
      });
    }
    await page().reload();
    await expect.poll(() => rows().count()).toBe(50);
    await page().getByRole('button', { name: fr.list.loadMore }).click();
    await expect.poll(() => rows().count()).toBe(53);
    expect(await page().getByRole('button', { name: fr.list.loadMore }).count()).toBe(0);

    await page().evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => {
        w.printed += 1;
      };
    });
    await page().getByRole('button', { name: fr.list.print }).click();
    expect(await page().evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page().emulateMedia({ media: 'print' });
    expect(await page().getByRole('navigation').isVisible()).toBe(false);
    expect(await page().getByRole('searchbox', { name: fr.list.search }).isVisible()).toBe(false);
    await page().getByRole('table').waitFor();
    await page().emulateMedia({ media: 'screen' });
  });

  it('shows the requests awaiting validation, and validates one through the pre-filled form', async () => {
    await page().getByRole('link', { name: fr.nav.pending }).click();
    await page().getByRole('heading', { name: fr.list.pendingTitle }).waitFor();
    await expectListed([tickets.pending]);
    await page().getByRole('link', { name: 'Infiltration au plafond de la salle de bain' }).click();
    await page().getByTestId('ticket-page').waitFor();
    expect(await page().getByTestId('ticket-title').textContent()).toBe(`Demande à valider n° ${tickets.pending}`);

    await page().getByRole('link', { name: fr.actions.validate.button }).click();
    await page().getByRole('heading', { name: `Valider la demande n° ${tickets.pending}` }).waitFor();
    expect(await page().getByRole('textbox', { name: /^Sujet/ }).inputValue()).toBe('Infiltration au plafond de la salle de bain');
    expect(await page().getByRole('textbox', { name: /^Description originale/ }).inputValue()).toContain('tache d’humidité');
    await choose(page().getByRole('group', { name: 'Intervenant 1' }), fr.contractor.choose, 'Bâti Rénov', 'Bâti');
    await page().getByRole('button', { name: fr.create.validateSubmit }).click();

    await expect.poll(() => page().getByTestId('ticket-title').textContent()).toBe(`Ordre de service n° ${tickets.pending}`);
    await page().getByTestId('dispatch-card').getByText('Bâti Rénov').waitFor();
  });

  it('speaks English when the user picks it: headings, columns and statuses', async () => {
    await page().getByRole('link', { name: fr.nav.tickets }).click();
    await page().getByRole('button', { name: /^Langue/ }).click();
    await page().getByRole('menuitem', { name: 'English' }).click();
    await page().getByRole('columnheader', { name: en.list.columns.created, exact: true }).waitFor();
    await page().getByRole('menu').waitFor({ state: 'detached' });
    await page().getByRole('heading', { name: en.tickets.title, level: 2 }).waitFor();
    expect(await page().getByRole('switch', { name: en.list.mine }).isChecked()).toBe(true);
    const row = page().locator('tr[data-ticket]').filter({ has: page().getByRole('link', { name: 'Entretien annuel 50', exact: true }) });
    await row.getByText('Awaiting appointment').waitFor();
    await expectNoSeriousA11yViolations(page(), 'the ticket list in English');
    await screenshot(page(), 'list-en');
  });

  it('shows a ticket changed elsewhere without reloading (live updates)', async () => {
    await rows().first().waitFor();
    const last = Number(await rows().last().getAttribute('data-ticket'));
    expect(await rows().first().getAttribute('data-ticket')).not.toBe(String(last));
    // Another tab, a colleague, a contractor: here the API, outside the page, writes on the
    // oldest ticket shown; the server's event stream tells the page, which fetches the list again.
    const response = await page().request.post(`/api/v1/tickets/${last}/actions`, { data: { action: 'internal_note', body: '<p>Vu avec le gardien.</p>' } });
    expect(response.status()).toBe(200);
    await expect.poll(() => rows().first().getAttribute('data-ticket'), { timeout: 10_000 }).toBe(String(last));
  });
});
