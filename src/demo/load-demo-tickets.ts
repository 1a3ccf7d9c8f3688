// Plays the demo's tickets through the one change path: each is created by createTicket, and each
// step is a staff action (performAction) or a party's answer through its personal link
// (answerAsParty), exactly as they happen in use, so history, derived status, search and outbox
// are those of real use. The times are those of the story: the change context gets a clock of its
// own, set to each step's time (created 1–60 days before the loading day, appointments to come).
// Nothing is delivered: the context has no transport and no job queue, and the messages the
// story wrote are then recorded as sent (markDemoMessagesSent); every demo address ends in .test.
import { Readable } from 'node:stream';
import { SettableClock, type AppContext } from '../context.ts';
import { LiveUpdates } from '../runtime/live-updates.ts';
import type { Actor } from '../auth/actor.ts';
import type { Role } from '../domain/roles.ts';
import { startOfDay } from '../domain/time-zone.ts';
import { createTicket } from '../tickets/create-ticket.ts';
import { performAction } from '../tickets/perform-action.ts';
import { markRead } from '../tickets/mark-read.ts';
import { storeTicketFiles, type IncomingFile } from '../tickets/upload-attachments.ts';
import type { AnyActionInput } from '../tickets/action-inputs.ts';
import type { CreateTicketInputT } from '../tickets/ticket-input.ts';
import { mintLink } from '../exchange/links.ts';
import { openExchange } from '../exchange/open-exchange.ts';
import { answerAsParty } from '../exchange/answer-as-party.ts';
import type { ApproverInput, ContractorInput } from '../exchange/party-actions.ts';
import { findTicket, dispatchesOf, partiesOf } from '../db/repositories/tickets.ts';
import { markDemoMessagesSent } from '../db/repositories/demo-outbox.ts';
import type { DemoDate, DemoFile, DemoStep, DemoTicket } from './demo-ticket-types.ts';
import { demoPhoto, demoPdf } from './demo-files.ts';
import { demoPendingRequests, demoWorkOrders } from './demo-tickets-work-orders.ts';
import { demoQuotes } from './demo-tickets-quotes.ts';
import { demoPortalTickets } from './demo-tickets-portal.ts';

/** Every demo ticket, oldest first (so their numbers follow their dates). */
export const DEMO_TICKETS: readonly DemoTicket[] = [...demoPendingRequests, ...demoWorkOrders, ...demoQuotes, ...demoPortalTickets].sort((a, b) => b.daysAgo - a.daysAgo || (a.hour ?? 9) - (b.hour ?? 9));

/** The ids of the demo agency's records, by the references of demo-agency.ts. */
export interface DemoIds {
  organizationId: string;
  timezone: string;
  users: Record<string, { id: string; roles: readonly Role[] }>;
  properties: Record<string, string>;
  units: Record<string, string>;
  persons: Record<string, string>;
  contractors: Record<string, string>;
  categories: Record<string, string>;
}

const HOUR = 3_600_000;

function fileOf(filename: string, bytes: Buffer): IncomingFile {
  return { filename, stream: Readable.from([bytes]), truncated: () => false };
}

class DemoStory {
  readonly clock: SettableClock;
  readonly ctx: AppContext;
  private readonly today: Date;
  private readonly latest: number;
  private readonly ids: DemoIds;
  private photos = 0;

  constructor(ctx: AppContext, ids: DemoIds) {
    this.ids = ids;
    const now = ctx.clock.now();
    this.today = startOfDay(now, ids.timezone);
    // Every step happens before the loading time, a minute apart at least from it.
    this.latest = now.getTime() - 60_000;
    this.clock = new SettableClock(now);
    // No transport, no job queue, and no browser told of changes not yet committed.
    this.ctx = { ...ctx, clock: this.clock, transports: {}, jobs: undefined, live: new LiveUpdates() };
  }

  actor(key: string): Actor {
    const user = this.ids.users[key]!;
    return { userId: user.id, organizationId: this.ids.organizationId, roles: [...user.roles], via: 'session' };
  }

  /** Moves the clock to `at`, never past the loading time nor back before the previous step. */
  moveTo(at: number, previous: number): number {
    const time = Math.max(Math.min(at, this.latest), previous + 1_000);
    this.clock.current = new Date(time);
    return time;
  }

  createdAt(ticket: DemoTicket): number {
    return this.today.getTime() - ticket.daysAgo * 24 * HOUR + (ticket.hour ?? 9) * HOUR;
  }

  date(value: DemoDate, created: number): Date {
    if ('fromCreation' in value) return new Date(created + value.fromCreation * HOUR);
    return new Date(this.today.getTime() + value.fromToday * 24 * HOUR + (value.hour ?? 9) * HOUR);
  }

  async store(number: number, kinds: readonly DemoFile[], about: { subject: string; contractor?: string; amountCents?: number }, uploader: string | null): Promise<{ ids: string[]; invoice: string[] }> {
    if (kinds.length === 0) return { ids: [], invoice: [] };
    const ticket = (await findTicket(this.ctx.db, this.ids.organizationId, number))!;
    const files = await Promise.all(kinds.map(async (kind) => {
      if (kind === 'photo') return fileOf(`photo-${++this.photos}.png`, demoPhoto(number * 7 + this.photos));
      const bytes = await demoPdf({ kind, contractor: about.contractor ?? 'Agence Démo Gardien', subject: about.subject, ticketNumber: number, date: this.clock.now(), amountCents: kind === 'report' ? undefined : about.amountCents });
      return fileOf(`${{ quote: 'devis', invoice: 'facture', report: 'rapport-intervention' }[kind]}-${number}.pdf`, bytes);
    }));
    async function* all() {
      yield* files;
    }
    const rows = await storeTicketFiles(this.ctx, ticket, uploader, all());
    return { ids: rows.map((r) => r.id), invoice: rows.filter((_, i) => kinds[i] === 'invoice').map((r) => r.id) };
  }

  /** The step's input with dispatches and dates as the API takes them. */
  async input(number: number, step: DemoStep, created: number): Promise<Record<string, unknown>> {
    const { d, ds, startsAt, validUntil, ...rest } = step.act;
    const ticket = (await findTicket(this.ctx.db, this.ids.organizationId, number))!;
    const dispatches = (await dispatchesOf(this.ctx.db, ticket.id)).sort((a, b) => a.position - b.position);
    const input: Record<string, unknown> = { ...rest };
    if (d !== undefined) input.dispatchId = dispatches[d]!.id;
    if (ds) input.dispatchIds = ds.map((i) => dispatches[i]!.id);
    if (startsAt) input.startsAt = this.date(startsAt, created).toISOString();
    if (validUntil) input.validUntil = this.date(validUntil, created).toISOString().slice(0, 10);
    const approver = input.approver as { personId?: string } | undefined;
    if (approver?.personId) input.approver = { personId: this.ids.persons[approver.personId] };
    return input;
  }

  /** A contractor's or the approver's answer, through a personal link as their page sends it. */
  async answer(number: number, step: DemoStep, input: Record<string, unknown>, subject: string) {
    const ticket = (await findTicket(this.ctx.db, this.ids.organizationId, number))!;
    const by = step.by!;
    const target = by === 'approver'
      ? { partyId: (await partiesOf(this.ctx.db, ticket.id)).find((p) => p.role === 'approver' && p.active)!.id }
      : { dispatchId: (await dispatchesOf(this.ctx.db, ticket.id)).sort((a, b) => a.position - b.position)[(by as { contractor: number }).contractor]!.id };
    const url = await mintLink(this.ctx.db, { publicUrl: this.ctx.config.publicUrl, linkDays: this.ctx.config.linkDays }, { organizationId: ticket.organizationId, ticketId: ticket.id, ...target }, this.clock.now());
    const access = await openExchange(this.ctx, { secret: url.slice(url.lastIndexOf('/') + 1) });
    const files = await this.store(number, step.files ?? [], { subject, contractor: access.dispatch?.contractorName, amountCents: (input.amountCents ?? input.invoiceAmountCents) as number | undefined }, null);
    const { dispatchId: _ignored, ...answer } = input;
    const body = by === 'approver' ? { ...answer, dispatchId: input.dispatchId } : answer;
    await answerAsParty(this.ctx, access, body as unknown as ContractorInput | ApproverInput, { invoice: files.invoice, other: files.ids.filter((id) => !files.invoice.includes(id)) });
  }

  async play(demo: DemoTicket): Promise<void> {
    const created = this.moveTo(this.createdAt(demo), 0);
    const manager = this.actor('manager');
    const input: CreateTicketInputT = {
      type: demo.type, subject: demo.subject, description: demo.description, source: demo.source ?? 'staff',
      propertyId: this.ids.properties[demo.property]!,
      ...(demo.unit ? { unitId: this.ids.units[`${demo.property}/${demo.unit}`] } : {}),
      ...(demo.requester ? { requester: { personId: this.ids.persons[demo.requester] } } : {}),
      ...(demo.watchers ? { watchers: demo.watchers.map((ref) => ({ personId: this.ids.persons[ref] })) } : {}),
      ...(demo.category ? { categoryId: this.ids.categories[demo.category], categoryFields: demo.categoryFields ?? {} } : {}),
      ...(demo.visibility ? { visibility: demo.visibility } : {}),
      ...(demo.contractors ? { contractors: demo.contractors.map((ref) => ({ contractorId: this.ids.contractors[ref] })) } : {}),
      requestedAt: new Date(created).toISOString(),
    };
    let number: number;
    if (demo.files?.length) {
      // The request's photos come with it: stored first, then linked by the creation.
      number = await createTicket(this.ctx, manager, input);
      const files = await this.store(number, demo.files, { subject: demo.subject }, manager.userId);
      await performAction(this.ctx, manager, number, { action: 'add_attachments', attachmentIds: files.ids });
    } else {
      number = await createTicket(this.ctx, manager, input);
    }
    let time = created;
    for (const step of demo.steps ?? []) {
      time = this.moveTo(created + step.at * HOUR, time);
      const stepInput = await this.input(number, step, created);
      if (typeof step.by === 'object' || step.by === 'approver') {
        await this.answer(number, step, stepInput, demo.subject);
        continue;
      }
      const actor = this.actor(step.by ?? 'manager');
      const files = await this.store(number, step.files ?? [], { subject: demo.subject }, actor.userId);
      if (files.ids.length) stepInput.attachmentIds = files.ids;
      await performAction(this.ctx, actor, number, stepInput as AnyActionInput);
    }
    if (!demo.unread) await markRead(this.ctx, manager, number);
  }
}

/** Writes the demo's tickets; returns how many. */
export async function loadDemoTickets(ctx: AppContext, ids: DemoIds): Promise<number> {
  const story = new DemoStory(ctx, ids);
  for (const ticket of DEMO_TICKETS) await story.play(ticket);
  await markDemoMessagesSent(ctx.db, ids.organizationId);
  return DEMO_TICKETS.length;
}
