// Browser journey: the help link of a contractor's email opens the contractors' guide in the
// email's language, not the staff sign-in page — the link the work order email carries today
// (/x/help?lang=…) and the one of emails sent before (/help/contractors).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import en from '../../web/src/i18n/en.json' with { type: 'json' };
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { createTicketByApi, demoData, expectNoSeriousA11yViolations, screenshotDir, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

describe('the help link of a contractor\u2019s email', () => {
  let journey: Journey | undefined;
  const page = () => journey!.page;

  beforeAll(async () => {
    journey = await startJourney();
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

  it('when the help link of a work order email is followed, then the guide opens in the email\u2019s language', async () => {
    await signIn(page());
    const demo = await demoData(page());
    const number = await createTicketByApi(page(), { type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Aide', contractors: [{ contractorId: demo.contractor('F-001').id, channels: ['email'] }] });
    const outbox = (await (await page().request.get(`/api/v1/outbox?ticket=${number}&channel=email`)).json()) as { items: { template: string; text: string }[] };
    const email = outbox.items.find((m) => m.template === 'work_order')!;
    const help = /(https?:\/\/\S+\/x\/help\?lang=fr)/.exec(email.text)?.[1];
    expect(help, email.text).toBeDefined();
    // A contractor has no staff session: a fresh context, as from their mail client.
    const context = await journey!.browser.newContext({ locale: 'en-GB' });
    const contractor = await context.newPage();
    await contractor.goto(help!);
    await contractor.getByRole('heading', { name: fr.exchange.help.title, level: 1 }).waitFor();
    expect(await contractor.getByRole('button', { name: fr.login.submit }).count()).toBe(0);
    await expectNoSeriousA11yViolations(contractor, 'the guide from an email');
    await context.close();
  });

  it('when the address of an English email sent before is opened, then the guide opens in English', async () => {
    const context = await journey!.browser.newContext({ locale: 'fr-FR' });
    const contractor = await context.newPage();
    await contractor.goto(`${journey!.server.baseUrl}/help/contractors?lang=en`);
    await contractor.getByRole('heading', { name: en.exchange.help.title, level: 1 }).waitFor();
    expect(new URL(contractor.url()).pathname).toBe('/x');
    await context.close();
  });
});
