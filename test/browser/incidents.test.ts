// Browser journey over incidents: a manager opens a new report, sees that it may be the same
// problem as one reported an hour before, links it, finds the incident's badge in the list, and
// merges a third one from the list's selection, and sends one update to every requester from the
// incident's page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { choose, createTicketByApi, demoData, expectNoSeriousA11yViolations, screenshot, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

const words = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

describe('incidents, as a manager gathers duplicate reports', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page());
  });
  afterAll(() => stopJourney(journey));

  it('when a new report of the same place and category comes, then the manager links it from the suggestion, sees the badge in the list, merges another from the selection and sends one update', async () => {
    const demo = await demoData(page());
    const categories = ((await (await page().request.get('/api/v1/categories')).json()) as { items: { id: string; name: string }[] }).items;
    const heating = categories.find((c) => c.name === 'Chauffage')!.id;
    const place = { type: 'PENDING', propertyId: demo.property('COP-001').id, categoryId: heating, subject: 'Plus de chauffage dans l’immeuble', description: 'Radiateurs froids' };
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    const first = await createTicketByApi(page(), { ...place, requestedAt: hourAgo, requester: { personId: demo.person('P-001').id } });
    const report = await createTicketByApi(page(), { ...place, requester: { personId: demo.person('P-002').id } });
    const neighbour = await createTicketByApi(page(), { ...place, requester: { personId: demo.person('P-003').id } });

    await page().goto(`/tickets/${report}`);
    const suggestion = page().getByTestId('incident-suggestions');
    await suggestion.getByText(words(fr.incident.maybeSame, { number: first })).waitFor();
    await suggestion.getByRole('button', { name: fr.incident.link }).first().click();
    await page().getByTestId('incident-linked').getByText(words(fr.incident.linkedTo, { number: first })).waitFor();
    await page().getByTestId('history-sentence').getByText(words(fr.history.sentence.linked_to_incident, { incident: first })).waitFor();

    await page().goto('/?mine=0');
    const row = page().locator(`tr[data-ticket="${first}"]`);
    await expect.poll(() => row.getByTestId('incident-badge').textContent()).toBe(words(fr.incident.badge_one, { count: 1 }));
    await screenshot(page(), 'incident-list-badge');

    // A third report merged from the list's selection: closed as a duplicate, the count grows.
    await page().getByRole('checkbox', { name: `Sélectionner le ticket n° ${first}` }).check();
    await page().getByRole('checkbox', { name: `Sélectionner le ticket n° ${neighbour}` }).check();
    const bar = page().getByRole('region', { name: fr.incident.bulk.region });
    await choose(bar, fr.incident.bulk.incident, words(fr.incident.numbered, { number: first }));
    await bar.getByRole('button', { name: fr.incident.bulk.submit, exact: true }).click();
    await page().getByText(words(fr.incident.bulk.merged_one, { count: 1, numbers: neighbour })).waitFor();
    await expect.poll(() => row.getByTestId('incident-badge').textContent()).toBe(words(fr.incident.badge_other, { count: 2 }));

    await page().goto(`/tickets/${first}`);
    const reports = page().getByTestId('incident-reports');
    await reports.getByRole('link', { name: words(fr.incident.numbered, { number: report }) }).waitFor();
    await reports.getByRole('textbox', { name: fr.incident.update.label }).fill('Le chauffagiste passe demain à 9 h.');
    await reports.getByRole('button', { name: fr.incident.update.submit }).click();
    await reports.getByText(fr.incident.update.sent).waitFor();
    await page().getByTestId('history-sentence').getByText(words(fr.history.sentence.incident_update_sent_other, { count: 3 })).waitFor();
    await expectNoSeriousA11yViolations(page(), 'the incident page');
    await screenshot(page(), 'incident-page');
    expect(journey!.pageErrors).toEqual([]);
  });
});
