// Browser journey of the residents' management (issue 12): the master-data admin opens "Résidents",
// filters by property and state, invites one resident (the outbox then holds the invitation
// email), downloads a property's letters with a code (a PDF), and saves the settings' residents'
// space section (it survives a reload). axe-core checks the residents screen and the settings.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { expectNoSeriousA11yViolations, screenshot, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

const admin = { email: 'admin@demo.gardien.test', password: 'gardien-demo', name: 'Sophie Lefèvre' };
const A = fr.admin;
const R = fr.admin.residents;

describe("the residents' management", () => {
  let journey: Journey;
  const page = () => journey.page;
  const main = () => page().getByRole('main');
  const table = () => main().getByTestId('residents-table');
  const rowOf = (name: string) => table().getByRole('row').filter({ hasText: name });
  const go = (label: string) => page().getByRole('navigation').getByRole('link', { name: label, exact: true }).click();

  beforeAll(async () => {
    journey = await startJourney({ DEMO_TICKETS: '0' });
    await signIn(page(), admin);
  }, 120_000);
  afterAll(() => stopJourney(journey));

  it('when the admin filters by property and state, then the table shows those residents with their state in words', async () => {
    await go(A.nav.residents);
    await main().getByRole('heading', { level: 2, name: R.title }).waitFor();
    await rowOf('Hélène Rousseau').waitFor();
    await main().getByRole('combobox', { name: R.property }).selectOption({ label: 'Immeuble Voltaire (GER-010)' });
    await rowOf('Karim Haddad').waitFor();
    await expect.poll(() => rowOf('Hélène Rousseau').count()).toBe(0);
    // The demo tenant has an active account; the others of the building are not invited.
    await expect.poll(() => rowOf('Sarah Cohen').getByTestId('portal-state').textContent()).toBe(R.states.active);
    await expect.poll(() => rowOf('Karim Haddad').getByTestId('portal-state').textContent()).toBe(R.states.none);
    await main().getByRole('combobox', { name: R.state }).selectOption({ label: R.states.active });
    await expect.poll(() => rowOf('Karim Haddad').count()).toBe(0);
    await expect.poll(() => rowOf('Sarah Cohen').count()).toBe(1);
    await expectNoSeriousA11yViolations(page(), 'the residents screen');
    await screenshot(page(), 'admin-residents');
  });

  it('when the admin invites one resident, then the result is said and the outbox holds the invitation email', async () => {
    await main().getByRole('combobox', { name: R.state }).selectOption({ label: R.states.none });
    const row = rowOf('Karim Haddad');
    await row.getByRole('button', { name: `${R.invite} — Karim Haddad` }).click();
    await main().getByTestId('residents-result').getByText('Karim Haddad', { exact: false }).waitFor();
    expect(await main().getByTestId('residents-result').textContent()).toContain('karim.haddad@example.test');
    // No longer "not invited": the list follows.
    await expect.poll(() => rowOf('Karim Haddad').count()).toBe(0);
    const outbox = (await (await page().request.get('/api/v1/outbox?limit=50')).json()) as { items: { template: string; recipients: string[] }[] };
    const invitation = outbox.items.find((m) => m.template === 'portal_invitation' && m.recipients.includes('karim.haddad@example.test'));
    expect(invitation, JSON.stringify(outbox.items.map((m) => [m.template, m.recipients]))).toBeDefined();
    await go(A.nav.outbox);
    await main().getByTestId('outbox-table').getByText('karim.haddad@example.test').first().waitFor();
  });

  it("when the admin asks for the property's letters, then after the confirmation a PDF downloads", async () => {
    await go(A.nav.residents);
    await main().getByRole('combobox', { name: R.property }).selectOption({ label: 'Immeuble Voltaire (GER-010)' });
    await main().getByRole('button', { name: R.letters }).click();
    const dialog = page().getByRole('dialog', { name: R.lettersTitle.replace('{{name}}', 'Immeuble Voltaire') });
    const [download] = await Promise.all([page().waitForEvent('download'), dialog.getByRole('button', { name: R.lettersDownload }).click()]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    await main().getByTestId('residents-result').getByText(R.lettersStarted.replace('{{name}}', 'Immeuble Voltaire')).waitFor();
  });

  it("when the admin changes the residents' space settings and saves, then they are still there after a reload", async () => {
    await go(A.nav.settings);
    const section = main().getByRole('group', { name: A.settings.portal.legend });
    await section.waitFor();
    const perDay = section.getByRole('textbox', { name: A.settings.portal.requestsPerDay });
    await perDay.fill('8');
    const gerance = section.getByRole('radiogroup', { name: A.settings.portal.visibilityOf.replace('{{module}}', A.settings.portal.module.gerance) });
    await gerance.getByRole('radio', { name: fr.codes.visibility.owner }).check();
    await section.getByRole('switch', { name: A.settings.portal.allCategories }).uncheck();
    await section.getByLabel(A.settings.portal.categories, { exact: true }).click();
    await page().getByRole('option', { name: 'Chauffage' }).click();
    await page().keyboard.press('Escape');
    await section.getByRole('switch', { name: A.settings.portal.inviteOnImport }).check();
    await expectNoSeriousA11yViolations(page(), "the settings' residents' space section");
    await main().getByRole('button', { name: A.settings.save }).click();
    await expect.poll(() => main().getByRole('status').filter({ hasText: A.settings.saved }).count()).toBe(1);

    const stored = (await (await page().request.get('/api/v1/settings')).json()) as { settings: Record<string, unknown> };
    expect(stored.settings).toMatchObject({ portalRequestsPerDay: 8, defaultVisibilityByModule: { syndic: 'requester', gerance: 'owner' }, inviteOnImport: true });
    expect(stored.settings.portalCategoryIds).toHaveLength(1);
    await page().reload();
    const again = main().getByRole('group', { name: A.settings.portal.legend });
    expect(await again.getByRole('textbox', { name: A.settings.portal.requestsPerDay }).inputValue()).toBe('8');
    expect(await again.getByRole('switch', { name: A.settings.portal.allCategories }).isChecked()).toBe(false);
    expect(journey.pageErrors).toEqual([]);
  });
});
