// Browser journey of an inspection's notes: posted through the API with their photos, they wait
// in "Demandes à valider" with thumbnails of their photos on their rows, and the validation page
// shows the request's photos above the pre-filled form.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { demoPhoto } from '../../src/demo/demo-files.ts';
import { demoData, expectNoSeriousA11yViolations, listedNumbers, screenshot, screenshotDir, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

describe('inspection notes awaiting validation', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;
  let numbers: number[] = [];

  beforeAll(async () => {
    journey = await startJourney({ DEMO_TICKETS: '0' });
    await signIn(page());
    const demo = await demoData(page());
    const inspection = {
      inspection: { propertyId: demo.property('COP-001').id, place: 'Bâtiment A', inspectedAt: '2026-11-28T10:30:00+01:00', inspector: 'Julie Marchand' },
      notes: [
        { subject: 'Éclairage du hall en panne', description: 'Deux plafonniers éteints.' },
        { subject: 'Fissure en façade', description: 'Fissure sous la fenêtre du 2e.' },
      ],
    };
    const photo = (name: string, seed: number) => ({ name, mimeType: 'image/png', buffer: demoPhoto(seed) });
    // One field per name in this client: the first note gets its photos as notes.0.photos, the second as notes.1.photos.
    const response = await page().request.post('/api/v1/pre-tickets', {
      multipart: { inspection: JSON.stringify(inspection), 'notes.0.photos': photo('hall.png', 1), 'notes.1.photos': photo('facade.png', 2) },
    });
    expect(response.status(), await response.text()).toBe(201);
    numbers = ((await response.json()) as { tickets: { number: number }[] }).tickets.map((t) => t.number);
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

  it('shows each request’s photos as thumbnails on its row, loaded', async () => {
    await page().getByRole('link', { name: fr.nav.pending }).click();
    await page().getByRole('heading', { name: fr.list.pendingTitle }).waitFor();
    await expect.poll(async () => (await listedNumbers(page())).sort()).toEqual([...numbers].sort());
    for (const number of numbers) {
      const strip = page().locator(`tr[data-ticket="${number}"]`).getByRole('img', { name: '1 photo' });
      await strip.waitFor();
      const thumbnail = strip.locator('img');
      expect(await thumbnail.count()).toBe(1);
      // The image really loaded (served to the signed-in manager), not a broken icon.
      await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    }
    await expectNoSeriousA11yViolations(page(), 'the pending requests with photos');
    await screenshot(page(), 'pending-inspection-photos');
  });

  it('shows the request’s photos on the validation page, above the form', async () => {
    await page().getByRole('link', { name: 'Éclairage du hall en panne' }).click();
    await page().getByTestId('ticket-page').waitFor();
    await page().getByRole('link', { name: fr.actions.validate.button }).click();
    await page().getByRole('heading', { name: `Valider la demande n° ${numbers[0]}` }).waitFor();
    const photos = page().getByRole('region', { name: fr.create.requestPhotos });
    await photos.waitFor();
    const image = photos.locator('img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page().getByRole('textbox', { name: /^Description originale/ }).inputValue()).toContain('Constat de visite du 28 novembre 2026 par Julie Marchand');
    await expectNoSeriousA11yViolations(page(), 'the validation page with photos');
  });
});
