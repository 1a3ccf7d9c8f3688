// An automation pass in the metrics: counted ok or error, timed, and what it did counted by kind.
import { describe, it, expect } from 'vitest';
import type { AppContext } from '../../src/context.ts';
import { createMetrics, timeAutomationPass } from '../../src/metrics/metrics.ts';
import type { AutomationResult } from '../../src/automation/run-automation.ts';

const none: AutomationResult = { reminder: 0, appointment_reminder: 0, check_in_request: 0, completion_request: 0, auto_close: 0, portal_invitation_reminder: 0, documents_digest: 0, news_urgent: 0, booking_reminder: 0 };

async function values(metrics: ReturnType<typeof createMetrics>, name: 'passes' | 'items') {
  return Object.fromEntries((await metrics.automation[name].get()).values.map((v) => [Object.values(v.labels).join(','), v.value]));
}

describe('automation pass metrics', () => {
  it('when passes succeed and fail, then each is counted by result and timed, and the items by kind', async () => {
    const metrics = createMetrics({ databaseKind: 'pglite' } as AppContext);
    timeAutomationPass(metrics)({ ...none, reminder: 3, auto_close: 1 });
    timeAutomationPass(metrics)({ ...none, reminder: 2 });
    timeAutomationPass(metrics)();
    expect(await values(metrics, 'passes')).toEqual({ ok: 2, error: 1 });
    expect(await values(metrics, 'items')).toEqual({ reminder: 5, auto_close: 1 });
    const duration = await metrics.automation.duration.get();
    expect(duration.values.find((v) => v.metricName === 'gardien_automation_pass_duration_seconds_count')?.value).toBe(3);
  });

  it('when the process has no metrics, then timing a pass does nothing', () => {
    expect(() => timeAutomationPass(undefined)(none)).not.toThrow();
  });
});
