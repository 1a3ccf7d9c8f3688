// Browser journey of contractors' scorecards: the manager opens "Fiches de performance", sees each
// contractor's compact line, opens Plomberie Dupuis's page and reads its "Fiche de performance"
// (every figure, the period, a chosen period); then, filing a ticket, the contractor picker shows
// the compact line beside its options; on a ticket, the contractor's name leads to its page.
import { beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { createTicketByApi, demoData, expectNoSeriousA11yViolations, journeyHooks, screenshot, screenshotDir, signIn, startJourney, type Journey } from './journey-support.ts';

describe('contractor scorecards', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page());
  });

  journeyHooks(() => journey);

  it("shows the contractors' lines, a contractor's scorecard, and the line beside the picker's options", async () => {
    await page().getByRole('link', { name: fr.scorecard.nav, exact: true }).click();
    const row = page().getByTestId('scorecards-table').getByRole('row').filter({ hasText: 'Plomberie Dupuis' });
    await expect.poll(() => row.getByTestId('scorecard-line').textContent()).toMatch(/acceptés/);

    // Its page: the section, the period of the last twelve months, every figure with its help line.
    await row.getByRole('link', { name: 'Plomberie Dupuis' }).click();
    const section = page().getByTestId('scorecard');
    await section.getByRole('heading', { name: fr.scorecard.title }).waitFor();
    await section.getByTestId('scorecard-period').waitFor();
    for (const name of Object.keys(fr.scorecard.figures) as (keyof typeof fr.scorecard.figures)[]) {
      const figure = section.getByTestId(`figure-${name}`);
      expect(await figure.textContent()).toContain(fr.scorecard.figures[name].label);
    }
    const dispatches = Number((await section.getByTestId('figure-dispatches').locator('p').nth(1).textContent())?.trim());
    expect(dispatches).toBeGreaterThan(0);
    expect(await section.getByTestId('figure-acceptedShare').textContent()).toMatch(/\d+\s?%/);
    expect(await section.getByTestId('figure-invoiced').textContent()).toMatch(/€/);
    await screenshot(page(), 'scorecard-page');
    await expectNoSeriousA11yViolations(page(), "a contractor's page");

    // A period long before the demo: nothing in it.
    await section.getByLabel(fr.scorecard.from, { exact: true }).fill('2020-01-01');
    await section.getByLabel(fr.scorecard.to, { exact: true }).fill('2020-12-31');
    await section.getByRole('button', { name: fr.scorecard.apply }).click();
    await expect.poll(() => section.getByTestId('scorecard-period').textContent()).toContain('2020');
    await expect.poll(() => section.getByTestId('figure-dispatches').locator('p').nth(1).textContent()).toBe('0');

    // Filing a ticket: the picker's options carry their line.
    await page().goto('/tickets/new');
    const picker = page().getByRole('group', { name: 'Intervenant 1' }).getByRole('combobox', { name: fr.contractor.choose }).first();
    await picker.click();
    const option = page().getByRole('option', { name: /Plomberie Dupuis/ }).first();
    await expect.poll(() => option.getByTestId('scorecard-line').textContent()).toMatch(/acceptés/);
    await page().screenshot({ path: `${screenshotDir}scorecard-picker.png` });
    await option.click();
    expect(await picker.inputValue()).toBe('Plomberie Dupuis');

    // On a ticket, the contractor's name opens its page.
    const demo = await demoData(page());
    const number = await createTicketByApi(page(), { type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Robinet qui fuit', contractors: [{ contractorId: demo.contractor('F-001').id }] });
    await page().goto(`/tickets/${number}`);
    await page().getByTestId('dispatch-card').getByRole('link', { name: 'Plomberie Dupuis' }).click();
    await page().getByTestId('scorecard').getByRole('heading', { name: fr.scorecard.title }).waitFor();
    expect(new URL(page().url()).pathname).toBe(`/contractors/${demo.contractor('F-001').id}`);
  });
});
