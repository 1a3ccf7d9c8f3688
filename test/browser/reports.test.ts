// Browser journey of the reports per building (issue 13): the manager opens "Rapports", makes a
// report over the demo's Résidence Les Tilleuls for the last 12 months with every figure ticked,
// sees its figures and its charts, and downloads its PDF (read back for its text).
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf-text.ts';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import type { ReportAnswer } from '../../src/http/answers.ts';
import { choose, expectNoSeriousA11yViolations, screenshot, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

const R = fr.reports;


describe('reports per building', () => {
  let journey: Journey;
  const page = () => journey.page;
  const main = () => page().getByRole('main');

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page());
  }, 120_000);
  afterAll(() => stopJourney(journey));

  it('when the manager makes a report over a property with every figure, then its figures and charts show and its PDF downloads', async () => {
    await page().getByRole('navigation').getByRole('link', { name: R.nav, exact: true }).click();
    await main().getByRole('heading', { level: 2, name: R.title }).waitFor();
    await main().getByRole('button', { name: R.new }).click();
    await choose(main(), R.form.property, 'Résidence Les Tilleuls', 'Tilleuls');
    await main().getByRole('button', { name: R.presets.last12Months }).click();
    for (const item of Object.values(R.items)) expect(await main().getByRole('checkbox', { name: item }).isChecked(), item).toBe(true);
    await main().getByRole('button', { name: R.form.submit }).click();

    await main().getByRole('heading', { level: 2, name: 'Résidence Les Tilleuls' }).waitFor();
    const id = page().url().split('/reports/')[1]!;
    const report = (await (await page().request.get(`/api/v1/reports/${id}`)).json()) as ReportAnswer;
    const closed = report.result.ticketCount!.closed;
    expect(closed).toBeGreaterThan(0);
    expect(await main().getByTestId('report-ticket-count').textContent()).toBe(String(closed));
    const total = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(report.result.totalAmount!.amountCents / 100);
    expect(await main().getByTestId('report-total-amount').textContent()).toBe(total);
    // The bar chart of interventions per contractor is drawn, with a bar per contractor.
    const firstContractor = report.result.interventionsPerContractor!.rows[0]!;
    await main().locator('.recharts-bar-rectangle').first().waitFor();
    expect(await main().locator('.recharts-bar-rectangle').count()).toBe(report.result.interventionsPerContractor!.rows.length);
    await main().getByRole('cell', { name: firstContractor.name }).first().waitFor();
    await screenshot(page(), 'report-page');
    await expectNoSeriousA11yViolations(page(), 'the report page');

    const [download] = await Promise.all([page().waitForEvent('download'), main().getByRole('link', { name: R.downloadPdf }).click()]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    const day = (iso: string) => iso.split('-').reverse().join('/');
    for (const expected of ['Agence Démo Gardien', 'Résidence Les Tilleuls', `du ${day(report.from)} au ${day(report.to)}`, `Tickets clos ${closed}`, firstContractor.name, 'Page 1 / 1', 'par Camille Martin']) {
      expect(text).toContain(expected);
    }
    expect(journey.pageErrors).toEqual([]);
  }, 60_000);
});
