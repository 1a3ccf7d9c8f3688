// Browser journey: the manager has a ticket open; the contractor answers through their link on
// another device; the manager's page shows the answer without being reloaded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request as playwrightRequest } from 'playwright-core';
import { createTicketByApi, demoData, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

describe('an answer that appears live', () => {
  let journey: Journey | undefined;

  beforeAll(async () => {
    journey = await startJourney();
  });
  afterAll(async () => {
    await stopJourney(journey);
  });

  it('when the contractor accepts through their link, then the manager\u2019s open ticket shows it without a reload', async () => {
    const page = journey!.page;
    await signIn(page);
    const demo = await demoData(page);
    const number = await createTicketByApi(page, {
      type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Volet roulant bloqué', contractors: [{ contractorId: demo.contractor('F-010').id }],
    });
    const ticket = await (await page.request.get(`/api/v1/tickets/${number}`)).json();
    await page.goto(`/tickets/${number}`);
    const status = page.getByTestId('ticket-page').locator('header [data-status]').first();
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('Attente du RDV');
    let reloads = 0;
    page.on('load', () => reloads++);

    // The contractor, elsewhere: their own HTTP client, no staff session.
    const link = await (await page.request.post(`/api/v1/tickets/${number}/links`, { data: { dispatchId: ticket.dispatches[0].id } })).json();
    const secret = /\/x\/(.+)$/.exec(link.url)![1];
    const contractor = await playwrightRequest.newContext({ baseURL: journey!.server.baseUrl });
    const answer = await contractor.post(`/api/v1/exchange/${secret}`, { data: { action: 'accept', startsAt: '2026-12-04T10:00:00+01:00', durationMinutes: 60 } });
    expect(answer.status(), await answer.text()).toBe(200);
    await contractor.dispose();

    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toContain('RDV proposé');
    expect(reloads).toBe(0);
  });
});
