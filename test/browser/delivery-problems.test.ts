// Browser journey: a work order to a contractor reachable only by SMS, on a server with no SMS
// provider. The ticket page says, on the contractor's card, that the SMS is held, why, and how to
// fix it, with a link that opens that very message in the outbox; the history does not say the
// work order was sent.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fr from '../../web/src/i18n/fr.json' with { type: 'json' };
import { createTicketByApi, demoData, expectNoSeriousA11yViolations, screenshot, screenshotDir, signIn, startJourney, stopJourney, type Journey } from './journey-support.ts';

describe('a message that could not leave, on the ticket page', () => {
  let journey: Journey | undefined;
  let number: number;
  const page = () => journey!.page;

  beforeAll(async () => {
    journey = await startJourney();
    await signIn(page());
    const demo = await demoData(page());
    number = await createTicketByApi(page(), {
      type: 'ODS', propertyId: demo.property('COP-001').id, subject: 'Porte du hall bloquée',
      contractors: [{ name: 'Serrurier du coin', phones: ['+33 6 12 34 56 78'], channels: ['sms'] }],
    });
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

  it('when the contractor has only a phone and no SMS provider is configured, then its card shows the held SMS and the fix, and the history does not say it was sent', async () => {
    await page().goto(`/tickets/${number}`);
    const problem = page().getByTestId('dispatch-card').getByTestId('delivery-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-cause')).toBe('no_sms_provider');
    const text = (await problem.textContent()) ?? '';
    expect(text).toContain(`${fr.delivery.title.held.sms} : ${fr.delivery.cause.no_sms_provider}`);
    expect(text).toContain('+33 6 12 34 56 78');
    expect(text).toContain(fr.delivery.fix.configure_sms);

    const sent = page().locator('li[data-type="work_order_sent"]');
    await sent.waitFor();
    await expect.poll(() => sent.textContent()).toContain(fr.delivery.history.work_order_sent.replace('{{contractor}}', 'Serrurier du coin'));
    expect(await sent.textContent()).not.toContain(fr.history.sentence.work_order_sent.replace('{{contractor}}', 'Serrurier du coin'));
    await expectNoSeriousA11yViolations(page(), 'the ticket page with a held SMS');
    await screenshot(page(), 'ticket-held-sms');
  });

  it('when the manager follows the link, then the outbox opens on that held SMS', async () => {
    await page().getByRole('link', { name: fr.delivery.openOutbox }).click();
    const drawer = page().getByRole('dialog');
    await drawer.waitFor();
    expect(await drawer.textContent()).toContain(fr.admin.outbox.smsTo.replace('{{name}}', 'Serrurier du coin'));
    expect(new URL(page().url()).searchParams.get('state')).toBe('held');
  });
});
