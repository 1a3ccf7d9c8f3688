// What an approver's page reads (GET /api/v1/exchange/{secret}): the manager's comment that came
// with the approval request, and each quote's documents tied to its quote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { act, demoRefs } from '../support/tickets.ts';
import { PDF, answerWithFiles, view } from '../support/exchange.ts';

let t: TestApp;
let manager: string;

beforeAll(async () => {
  t = await createTestApp();
  manager = await t.login('manager@demo.gardien.test');
});
afterAll(() => t?.close());

/** A quote request to two contractors (a DM) whose quotes came with their documents, put to an approver with `comment`. */
async function approverSecret(comment?: string): Promise<string> {
  const refs = await demoRefs(t, manager);
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'DS', propertyId: refs.property('COP-001').id, subject: 'Toiture',
    contractors: [{ contractorId: refs.contractor('F-001').id }, { contractorId: refs.contractor('F-002').id }],
  });
  expect(created.statusCode, created.body).toBe(201);
  const ticket = created.json();
  for (const [i, dispatch] of (ticket.dispatches as { id: string }[]).entries()) {
    const link = (await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/links`, { dispatchId: dispatch.id })).json();
    const secret = /\/x\/(.+)$/.exec(link.url)![1]!;
    await answerWithFiles(t, secret, { action: 'submit_quote', amountCents: 100_000 * (i + 1) }, [{ field: 'files', name: `devis-${i + 1}.pdf`, type: 'application/pdf', bytes: PDF }]);
  }
  const after = await act(t, manager, ticket.number, {
    action: 'request_approval', dispatchIds: ticket.dispatches.map((d: { id: string }) => d.id),
    approver: { name: 'Hélène Durand', emails: ['presidente.cs@example.test'], channels: ['email'] }, comment,
  });
  const link = (await t.call(manager, 'POST', `/api/v1/tickets/${ticket.number}/links`, { partyId: after.approvers[0].id })).json();
  return /\/x\/(.+)$/.exec(link.url)![1]!;
}

describe('an approver\u2019s page', () => {
  it('when the manager wrote a comment with the request, then the approver reads it, and each quote\u2019s document names its quote', async () => {
    const page = await view(t, await approverSecret('Le second inclut la zinguerie.'));
    expect(page.approvalRequest.comment).toBe('Le second inclut la zinguerie.');
    expect(page.quotes).toHaveLength(2);
    const quotes = page.quotes as { dispatchId: string; amountCents: number }[];
    expect(quotes.map((q) => q.amountCents).sort()).toEqual([100_000, 200_000]);
    for (const quote of quotes) {
      const documents = (page.documents as { dispatchId: string; filename: string }[]).filter((d) => d.dispatchId === quote.dispatchId);
      expect(documents.map((d) => d.filename)).toEqual([`devis-${quote.amountCents / 100_000}.pdf`]);
    }
  });

  it('when the request came without a comment, then there is none to show', async () => {
    const page = await view(t, await approverSecret());
    expect(page.approvalRequest.comment).toBeNull();
  });
});
