// What the approver's page reads (`GET /exchange/{token}`) for a quote request with several
// contractors: every quote put to them with its amount, validity and its own file, and the
// comment the manager wrote when asking.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink.ts';
import { demoRefs, act, type DemoRefs } from '../support/tickets.ts';
import { mailsTo, linkIn, view, answerWithFiles, advance, PDF } from '../support/exchange.ts';

let t: TestApp;
let smtp: SmtpSink;
let manager: string;
let refs: DemoRefs;

beforeAll(async () => {
  smtp = await startSmtpSink();
  t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Agence Démo <gestion@agence-demo.test>', GARDIEN_TEST_CLOCK: '1', PUBLIC_URL: 'https://gardien.test' });
  t.clock.current = new Date('2026-12-01T08:00:00Z');
  const token = await t.call(await t.login('manager@demo.gardien.test'), 'POST', '/api/v1/tokens', { name: 'approver-quotes', days: 30 });
  manager = `Bearer ${token.json().token}`;
  refs = await demoRefs(t, manager);
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

interface QuoteView { contractorName: string; amountCents: number; validUntil: string | null; files: { filename: string; url: string }[] }

describe('the approver\u2019s view of a multiple quote request', () => {
  it('when two quotes with their files are put to the council president with a comment, then her page reads each quote\u2019s file and the comment', async () => {
    const created = await t.call(manager, 'POST', '/api/v1/tickets', {
      type: 'DS', propertyId: refs.property('COP-001').id, subject: 'Verrière du hall fissurée',
      contractors: [{ contractorId: refs.contractor('F-006').id, channels: ['email'] }, { contractorId: refs.contractor('F-010').id, channels: ['email'] }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const ticket = created.json();
    expect(ticket.type).toBe('DM');
    await advance(t, 'PT1S');
    const n = ticket.number;
    const vitrerie = linkIn(mailsTo(smtp, 'devis@vitrerie-centre.example.test', `[Ticket n°${n}]`)[0]);
    const batiRenov = linkIn(mailsTo(smtp, 'chantiers@batirenov.example.test', `[Ticket n°${n}]`)[0]);
    await answerWithFiles(t, vitrerie, { action: 'submit_quote', amountCents: 245050, validUntil: '2027-01-31' }, [{ field: 'files', name: 'devis-vitrerie.pdf', type: 'application/pdf', bytes: PDF }]);
    await answerWithFiles(t, batiRenov, { action: 'submit_quote', amountCents: 198000, validUntil: '2027-02-15' }, [{ field: 'files', name: 'devis-bati-renov.pdf', type: 'application/pdf', bytes: PDF }]);

    await act(t, manager, n, { action: 'request_approval', approver: { personId: refs.person('P-001').id, channels: ['email'] }, comment: 'Bâti Rénov est moins cher mais pose en mars.' });
    await advance(t, 'PT1S');
    const link = linkIn(mailsTo(smtp, 'helene.rousseau@example.test', `[Ticket n°${n}]`).find((m) => m.subject?.includes('approbation')));
    const page = await view(t, link);

    expect((page.approvalRequest as { comment: string }).comment).toBe('Bâti Rénov est moins cher mais pose en mars.');
    const quotes = page.quotes as QuoteView[];
    expect(quotes.map((q) => [q.contractorName, q.amountCents, q.validUntil, q.files.map((f) => f.filename)])).toEqual([
      ['Vitrerie du Centre', 245050, '2027-01-31', ['devis-vitrerie.pdf']],
      ['Bâti Rénov', 198000, '2027-02-15', ['devis-bati-renov.pdf']],
    ]);
    // Each file opens through the approver's own link.
    const file = await t.app.inject({ method: 'GET', url: quotes[1]!.files[0]!.url });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
  });
});
