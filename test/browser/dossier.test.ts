// Browser journey: a closed ticket's dossier, one byte of its summary changed, dropped on the page
// "Vérifier un dossier" reached from the closed ticket: the verdict says altered and names the file.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { zipOf } from '../support/documents.ts';
import { unzip } from '../support/unzip.ts';
import { afterJourneyTest, createTicketByApi, demoData, expectNoSeriousA11yViolations, screenshot, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

describe('verifying a closing dossier', () => {
  let journey: Journey | undefined;
  let folder: string;
  const page = () => journey!.page;

  beforeAll(async () => {
    journey = await startJourney();
    folder = mkdtempSync(join(tmpdir(), 'gardien-dossier-journey-'));
  });

  afterEach((testContext) => afterJourneyTest(journey, testContext.task));

  afterAll(async () => {
    await stopJourney(journey);
    rmSync(folder, { recursive: true, force: true });
  });

  it('when a tampered dossier is dropped on the page, then the verdict says altered and names the changed file', async () => {
    await signIn(page());
    const demo = await demoData(page());
    const number = await createTicketByApi(page(), { type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Interphone muet', contractors: [{ contractorId: demo.contractor('F-001').id, channels: ['email'] }] });
    const closed = await page().request.post(`/api/v1/tickets/${number}/actions`, { data: { action: 'close' } });
    expect(closed.status(), await closed.text()).toBe(200);
    const download = await page().request.get(`/api/v1/tickets/${number}/documents.zip`);
    expect(download.status()).toBe(200);
    const entries = await unzip(Buffer.from(await download.body()));
    const summary = entries.get(`ticket-${number}.pdf`)!;
    summary.writeUInt8(summary.readUInt8(200) ^ 0x01, 200);
    const path = join(folder, `ticket-${number}-documents.zip`);
    writeFileSync(path, await zipOf(entries));

    // Reached from the closed ticket, beside its documents.
    await page().goto(`/tickets/${number}`);
    await page().getByTestId('verify-dossier-link').click();
    await page().getByRole('heading', { name: fr.dossier.title, level: 2 }).waitFor();
    await page().getByTestId('file-drop').locator('input[type=file]').setInputFiles(path);

    const verdict = page().getByTestId('dossier-verdict');
    await verdict.waitFor();
    await expect.poll(() => verdict.innerText()).toContain(fr.dossier.altered_one);
    expect(await page().getByTestId('dossier-findings').innerText()).toBe(fr.dossier.findings.file_changed.replace('{{path}}', `ticket-${number}.pdf`));
    await screenshot(page(), 'dossier-verdict');
    await expectNoSeriousA11yViolations(page(), 'the dossier verdict');
  });
});
