// Browser journey of the template editor as a word processor: the admin opens the French work
// order email, inserts a variable chip at the cursor, sees the preview follow, switches to the
// Liquid source and back (a filter keeps the source, with the reason), saves and finds it after a
// reload; unsaved changes ask before leaving (dialog in the app, the browser's warning on reload).
// Then a manager writes an internal note in colour and finds it, coloured, in the history.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import {
  createTicketByApi, demoData, expectNoSeriousA11yViolations, manager, screenshot, screenshotDir, signIn, startJourney, stopJourney, type Journey,
} from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const A = fr.admin.templates;
const workOrderEmail = fr.admin.templates.editVariant
  .replace('{{name}}', A.names.work_order)
  .replace('{{channel}}', fr.codes.channel.email)
  .replace('{{language}}', fr.admin.languages.fr);

describe('the template editor', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;
  const main = () => page().getByRole('main');
  const body = () => main().getByRole('textbox', { name: A.field.body });
  const rich = () => main().getByTestId('rich-body');
  const sourceSwitch = () => main().getByRole('switch', { name: A.rich.source });
  const insert = (name: string, label: string) => main().getByRole('button', { name: `${A.variables.insert} ${name} ${label}`, exact: true }).click();
  const textPreview = async () => {
    await main().getByRole('tab', { name: A.preview.text }).click();
    return main().getByTestId('template-preview').locator('pre');
  };
  const stored = async () => (await (await page().request.get('/api/v1/templates/work_order/email/fr')).json()) as { body: string; customised: boolean };

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page(), admin);
  });

  afterEach(async (testContext) => {
    if (testContext.task.result?.state === 'fail' && journey) {
      const name = testContext.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await journey.page.screenshot({ path: `${screenshotDir}failed-template-editor-${name}.png`, fullPage: true }).catch(() => {});
    }
    expect(journey?.pageErrors ?? [], 'errors thrown in the page').toEqual([]);
  });

  afterAll(async () => {
    await stopJourney(journey);
  });

  it('opens an email in rich mode: its variables and conditions as labelled chips, not as Liquid', async () => {
    await page().getByRole('navigation').getByRole('link', { name: fr.admin.nav.templates, exact: true }).click();
    await main().getByRole('link', { name: workOrderEmail, exact: true }).click();
    await rich().waitFor();
    expect(await sourceSwitch().isChecked()).toBe(false);
    expect(await rich().textContent()).not.toContain('{{');
    const chips = rich().locator('[data-liquid="variable"]');
    expect(await chips.filter({ hasText: A.variables.names.ticket_subject }).count()).toBe(1);
    expect(await rich().locator('[data-liquid="condition"]').filter({ hasText: A.rich.condition.if.replace('{{variable}}', A.variables.names.comment) }).count()).toBe(1);
  });

  it('when a variable is clicked, then its chip goes where the cursor is and the preview shows its value', async () => {
    // A click to the right of "Bonjour," puts the cursor at the end of that line.
    await rich().locator('p').first().click();
    await page().keyboard.type(' ');
    await insert('contractor.name', A.variables.names.contractor_name);
    const first = rich().locator('p').first();
    expect(await first.textContent()).toBe(`Bonjour, ${A.variables.names.contractor_name}`);
    expect(await first.locator('[data-liquid="variable"]').getAttribute('data-name')).toBe('contractor.name');
    // The admin may not read tickets: the preview uses the example ticket, and follows the text.
    const preview = await textPreview();
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toMatch(/^Bonjour, Plomberie Exemple\n/);
    await expectNoSeriousA11yViolations(page(), 'the email template editor');
    await screenshot(page(), 'admin-template-editor');
  });

  it('when the Liquid source is shown, then it reads as written; switched back, it is parsed again', async () => {
    await sourceSwitch().click();
    expect(await sourceSwitch().isChecked()).toBe(true);
    expect((await body().inputValue()).startsWith('Bonjour, {{ contractor.name }}\n\n')).toBe(true);
    await body().press('Control+End');
    await body().pressSequentially('\n\nRéf. {{ ticket.number }}');
    await sourceSwitch().click();
    await rich().waitFor();
    const last = rich().locator('p').last();
    expect(await last.textContent()).toBe(`Réf. ${A.variables.names.ticket_number}`);
  });

  it('when the source has a filter, then it stays in source mode and says why', async () => {
    await sourceSwitch().click();
    await body().press('Control+End');
    await body().pressSequentially(' {{ ticket.subject | upcase }}');
    await sourceSwitch().click();
    const why = main().getByTestId('source-only');
    await why.waitFor();
    expect(await sourceSwitch().isChecked()).toBe(true);
    expect(await why.textContent()).toContain(A.rich.why.filter.replace('{{construct}}', '{{ ticket.subject | upcase }}').replace(/\{\{line\}\}/, String((await body().inputValue()).split('\n').length)));
    await body().fill((await body().inputValue()).replace(' {{ ticket.subject | upcase }}', ''));
    await sourceSwitch().click();
    await rich().waitFor();
  });

  it('when saved and the page reloaded, then the chips are where they were put', async () => {
    await main().getByRole('button', { name: A.save }).click();
    await expect.poll(() => main().getByRole('status').filter({ hasText: A.saved }).count()).toBe(1);
    const saved = await stored();
    expect(saved.customised).toBe(true);
    expect(saved.body.startsWith('Bonjour, {{ contractor.name }}\n\nNous vous confions')).toBe(true);
    expect(saved.body.endsWith('\n\nRéf. {{ ticket.number }}')).toBe(true);
    await page().reload();
    await rich().waitFor();
    expect(await rich().locator('p').first().textContent()).toBe(`Bonjour, ${A.variables.names.contractor_name}`);
    expect(await rich().locator('p').last().textContent()).toBe(`Réf. ${A.variables.names.ticket_number}`);
  });

  it('when there are unsaved changes, then leaving by the sidebar or the back link asks first', async () => {
    // Without changes, leaving asks nothing: to the list and back into the template.
    await main().getByRole('link', { name: A.backToList }).click();
    await main().getByRole('link', { name: workOrderEmail, exact: true }).click();
    await rich().click();
    await page().keyboard.press('Control+End');
    await page().keyboard.type(' — à ne pas perdre');
    await page().getByRole('navigation').getByRole('link', { name: fr.admin.nav.templates, exact: true }).click();
    const ask = page().getByRole('dialog', { name: fr.unsavedChanges.title });
    await ask.waitFor();
    // axe reads colours mid-fade: wait for the dialog's transition to end.
    await expect.poll(() => page().evaluate(() => document.getAnimations().length)).toBe(0);
    await expectNoSeriousA11yViolations(page(), 'the unsaved changes dialog');
    await ask.getByRole('button', { name: fr.unsavedChanges.stay }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await rich().textContent()).toContain('à ne pas perdre');
    expect(new URL(page().url()).search).toContain('key=work_order');

    await main().getByRole('link', { name: A.backToList }).click();
    await ask.waitFor();
    await ask.getByRole('button', { name: fr.unsavedChanges.leave }).click();
    await main().getByRole('link', { name: workOrderEmail, exact: true }).waitFor();
    expect(new URL(page().url()).search).toBe('');
    expect((await stored()).body).not.toContain('à ne pas perdre');
  });

  it('when the tab is reloaded with unsaved changes, then the browser warns first', async () => {
    await main().getByRole('link', { name: workOrderEmail, exact: true }).click();
    await rich().click();
    await page().keyboard.type('x');
    const warned = new Promise<string>((resolve) => page().once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.accept();
    }));
    await page().reload();
    expect(await warned).toBe('beforeunload');
    // Saved nothing: the editor shows the stored text again, without a warning on the next reload.
    await rich().waitFor();
    expect(await rich().textContent()).not.toMatch(/^x/);
  });

  it('when the manager colours and highlights words in an internal note, then the history shows them after a reload', async () => {
    // The manager works in a browser context of their own (the admin may not read tickets).
    const context = await journey!.browser.newContext({ baseURL: journey!.server.baseUrl, locale: 'fr-FR', viewport: { width: 1440, height: 900 } });
    const other = await context.newPage();
    try {
      await signIn(other, manager);
      const data = await demoData(other);
      const number = await createTicketByApi(other, {
        type: 'ODS', propertyId: data.property('COP-001').id, subject: 'Porte du local vélos', description: 'La porte ne ferme plus.',
        contractors: [{ contractorId: data.contractor('F-001').id }],
      });
      await other.goto(`/tickets/${number}`);
      await other.getByRole('button', { name: fr.actions.internal_note.button }).click();
      const dialog = other.getByRole('dialog');
      const editor = dialog.getByRole('textbox', { name: fr.fields.note });
      await editor.click();
      // The colour menus give the focus back to the editor a moment after they close: type only then.
      const typeInEditor = async (text: string) => {
        await expect.poll(() => editor.evaluate((el) => el.contains(document.activeElement) && document.getSelection()?.rangeCount === 1)).toBe(true);
        await other.keyboard.type(text);
      };
      await typeInEditor('Prévenir le gardien : ');
      await dialog.getByRole('button', { name: fr.richText.textColour }).click();
      await dialog.getByRole('button', { name: fr.richText.colours.red }).click();
      await typeInEditor('clé au local');
      await dialog.getByRole('button', { name: fr.richText.textColour }).click();
      await dialog.getByRole('button', { name: fr.richText.noColour }).click();
      await typeInEditor(' et ');
      await dialog.getByRole('button', { name: fr.richText.highlight }).click();
      await dialog.getByRole('button', { name: fr.richText.colours.yellow }).click();
      await typeInEditor('urgent');
      await expectNoSeriousA11yViolations(other, 'the internal note editor');
      await screenshot(other, 'internal-note-colours');
      await dialog.getByRole('button', { name: fr.common.submit }).click();
      await dialog.waitFor({ state: 'detached' });

      await other.reload();
      const note = other.locator('li[data-type="internal_note"]');
      await note.waitFor();
      expect(await note.textContent()).toContain('Prévenir le gardien : clé au local et urgent');
      const red = note.locator('span[style]').filter({ hasText: 'clé au local' });
      expect(await red.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(201, 42, 42)');
      const highlight = note.locator('mark').filter({ hasText: 'urgent' });
      expect(await highlight.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 243, 191)');
      expect(await note.locator('span[style]').filter({ hasText: 'Prévenir' }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
