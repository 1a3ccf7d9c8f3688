// Bookings end to end: a tenant of the Immeuble Voltaire, on a 390 px phone, books the common room
// (a manager approves it), the manager approves it in the cockpit's calendar, and the tenant sees
// it confirmed.
import { describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, journeyHooks, signIn, startJourney, type Journey } from './journey-support.ts';

const tenant = { email: 'locataire@demo.gardien.test', password: 'gardien-demo' }; // Sarah Cohen, Immeuble Voltaire

describe('bookings', () => {
  let journey: Journey | undefined;
  journeyHooks(() => journey);

  it('when a tenant books the common room on her phone, then the manager approves it in the calendar and she sees it confirmed', async () => {
    journey = await startJourney();
    const phone = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const resident = await phone.newPage();
    resident.setDefaultTimeout(15_000);
    await resident.goto('/portal/sign-in');
    await resident.getByRole('textbox', { name: fr.portal.signIn.email }).fill(tenant.email);
    await resident.getByRole('textbox', { name: fr.portal.signIn.password, exact: true }).fill(tenant.password);
    await resident.getByRole('button', { name: fr.portal.signIn.submit, exact: true }).click();
    await resident.getByRole('link', { name: fr.portalBookings.bookLink }).click();
    await resident.getByRole('heading', { name: fr.portalBookings.title, level: 1 }).waitFor();
    await resident.getByTestId('bookable').getByText('Salle commune', { exact: true }).click();
    await resident.getByRole('heading', { name: 'Salle commune', level: 1 }).waitFor();
    await resident.getByText(fr.portalBookings.approval.manager).first().waitFor();
    // The second day shown: its first free slot.
    const day = resident.locator('.p-slots').nth(1);
    const slot = day.getByRole('button').first();
    const hours = (await slot.textContent())!;
    await slot.click();
    await resident.getByText(fr.portalBookings.confirm.approval).waitFor();
    await resident.getByRole('button', { name: fr.portalBookings.confirm.book }).click();
    await expect.poll(() => resident.getByTestId('booked').getAttribute('data-state')).toBe('pending');
    await resident.getByText(fr.portalBookings.done.pendingTitle).waitFor();
    const widths = await resident.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await expectNoSeriousA11yViolations(resident, 'a room’s page on the portal');

    const { page } = journey;
    await signIn(page);
    await page.getByRole('link', { name: fr.bookings.nav, exact: true }).click();
    await page.getByRole('heading', { name: fr.bookings.title, level: 2 }).waitFor();
    const mine = page.getByTestId('bookings-pending').locator('div', { hasText: 'Sarah Cohen' }).last();
    await expect.poll(() => mine.textContent()).toContain(hours.trim());
    await expectNoSeriousA11yViolations(page, 'the bookings’ calendar');
    await mine.getByRole('button', { name: fr.bookings.decide }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Sarah Cohen').waitFor();
    await dialog.getByRole('button', { name: fr.bookings.approve }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId('bookings-pending').getByText('Sarah Cohen').count()).toBe(0);

    await resident.goto('/portal/bookings');
    const booking = resident.getByTestId('my-bookings').locator('li', { hasText: 'Salle commune' });
    await expect.poll(() => booking.getAttribute('data-state')).toBe('confirmed');
    await booking.getByText(fr.portalBookings.states.confirmed).waitFor();
    await booking.getByText(fr.portalBookings.addToCalendar).waitFor();
    await phone.close();
  });
});
