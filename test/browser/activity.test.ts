// Browser journey of the activity (issue 13, item 2): the manager opens "Rapports → Activité" over the demo's
// tickets, sees the stacked bars and the time figures, switches to weeks (the series follows) and
// downloads the XLSX.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, screenshot, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

const A = fr.activity;

describe('the activity', () => {
  let journey: Journey;
  const page = () => journey.page;
  const main = () => page().getByRole('main');
  const seriesRows = () => main().getByRole('table', { name: A.seriesTable }).locator('tbody tr');

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page());
  }, 120_000);
  afterAll(() => stopJourney(journey));

  it('shows a chart and the times, follows the switch to weeks, and downloads the XLSX', async () => {
    // "Activité" is a tab of the "Rapports" section.
    await page().getByRole('navigation').getByRole('link', { name: fr.reports.nav, exact: true }).click();
    await main().getByRole('tab', { name: A.nav, exact: true }).click();
    await main().getByRole('heading', { level: 2, name: A.title }).waitFor();
    await main().locator('.recharts-surface').first().waitFor();
    await main().getByText(A.firstResponseMedian, { exact: true }).waitFor();
    await main().getByText(A.resolutionP90, { exact: true }).waitFor();
    // Twelve months, this one included: 12 rows; in weeks, about 48.
    await expect.poll(() => seriesRows().count()).toBeGreaterThanOrEqual(12);
    const months = await seriesRows().count();
    expect(months).toBeLessThanOrEqual(13);
    expect(await main().getByRole('table', { name: A.breakdownTable }).locator('tbody tr').count()).toBeGreaterThan(0);

    await screenshot(page(), 'activity-months');
    await main().getByText(A.weeks, { exact: true }).click();
    await expect.poll(() => seriesRows().count()).toBeGreaterThan(months * 4 - 4);
    await main().getByRole('table', { name: A.seriesTable }).getByRole('columnheader', { name: A.week }).waitFor();

    const [download] = await Promise.all([page().waitForEvent('download'), main().getByRole('link', { name: A.exportXlsx }).click()]);
    expect(download.suggestedFilename()).toBe('activite.xlsx');
    expect(readFileSync(await download.path()).subarray(0, 2).toString()).toBe('PK');
    await expectNoSeriousA11yViolations(page(), 'activity');
    expect(journey.pageErrors).toEqual([]);
  });
});
