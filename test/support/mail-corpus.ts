// The project's own mail corpus (test/fixtures/mail): the people and the ticket its messages
// speak of, the placeholders filled in, and what each message must become.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestApp } from './test-app.ts';
import type { DemoRefs } from './tickets.ts';
import { replyAddress } from '../../src/inbound/reply-address.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../fixtures/mail');
export const CORPUS_MAIL_FROM = 'Gardien <notifications@gardien.test>';

export interface CorpusEntry {
  file: string;
  category: string;
  expect: {
    outcome: 'ticket_created' | 'answer_added' | 'ignored' | 'refused';
    automatic?: string;
    from: string | null;
    subjectContains: string;
    attachments: number;
    attachmentsExact?: boolean;
    refusedFiles?: number;
    bounce?: { permanent: boolean; recipient: string; returnsGardienMessage?: boolean };
    reason?: string;
    shownText?: { contains?: string[]; excludes?: string[] };
    notes: string;
  };
}

export function corpusEntries(): CorpusEntry[] {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8')) as CorpusEntry[];
}

export interface CorpusWorld {
  ticketNumber: number;
  messageId: string;
  replyAddress: string;
  inboundAddress: string;
}

/** The resident (requester of the ticket) and the contractor (dispatched on it) the corpus names. */
export async function setUpCorpusWorld(t: TestApp, admin: string, manager: string, refs: DemoRefs): Promise<CorpusWorld> {
  const propertyId = refs.property('COP-001').id;
  const person = await t.call(admin, 'POST', '/api/v1/persons', {
    name: 'Sophie Lambert', emails: ['resident@corpus.test'], relations: [{ kind: 'tenant', unitId: refs.unit('COP-001', 'A11').id, propertyId }],
  });
  if (person.statusCode !== 201) throw new Error(person.body);
  const contractor = await t.call(admin, 'POST', '/api/v1/contractors', { name: 'Plomberie Martin', emails: ['contractor@corpus.test'], trades: ['plumbing'] });
  if (contractor.statusCode !== 201) throw new Error(contractor.body);
  const created = await t.call(manager, 'POST', '/api/v1/tickets', {
    type: 'ODS', propertyId, subject: 'Fuite colonne', description: 'Fuite.', requester: { personId: person.json().id },
    contractors: [{ contractorId: contractor.json().id, channels: ['email'] }],
  });
  if (created.statusCode !== 201) throw new Error(created.body);
  const ticketNumber = created.json().number as number;
  const outbox = (await t.call(manager, 'GET', `/api/v1/outbox?ticket=${ticketNumber}`)).json();
  const toContractor = outbox.items.find((m: { recipients: string[] }) => m.recipients.includes('contractor@corpus.test'));
  const settings = (await t.call(admin, 'GET', '/api/v1/settings/inbound')).json();
  const me = (await t.call(manager, 'GET', '/api/v1/me')).json();
  return {
    ticketNumber,
    messageId: `${toContractor.id}@gardien.test`,
    replyAddress: replyAddress(CORPUS_MAIL_FROM, t.ctx.secret, ticketNumber, me.organization.id),
    inboundAddress: settings.addresses.find((a: { kind: string }) => a.kind === 'agency').address,
  };
}

/** A corpus file with its placeholders filled in. */
export function corpusMessage(file: string, world: CorpusWorld): Buffer {
  const raw = readFileSync(join(CORPUS_DIR, file)).toString('latin1');
  return Buffer.from(
    raw.replaceAll('{TICKET}', String(world.ticketNumber)).replaceAll('{MESSAGE_ID}', world.messageId).replaceAll('{REPLY_ADDRESS}', world.replyAddress),
    'latin1',
  );
}
