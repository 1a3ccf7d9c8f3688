// What an action handler works with inside its transaction: the locked ticket, its dispatches
// and parties, who acts and by which channel, and the events it records. Steps on a dispatch go
// through `step`, which asks the transition table and nothing else.
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context.ts';
import type { Db } from '../db/connection.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import type { EventChannel } from '../domain/tickets/codes.ts';
import { dispatchTransition, type DispatchEvent } from '../domain/tickets/dispatch-transitions.ts';
import type { OrganizationSettings } from '../domain/settings.ts';
import { EVENTS, type EventPayload, type EventType } from '../domain/tickets/events.ts';
import { updateDispatch, type TicketRow, type DispatchRow, type PartyRow, type NewEvent } from '../db/repositories/tickets.ts';
import type { dispatches } from '../db/schema/index.ts';

export type ActorType = 'staff' | 'contractor' | 'approver' | 'requester' | 'system';

export interface Acting {
  type: ActorType;
  /** The staff user, when staff acts (also when entering an answer on a party's behalf). */
  user?: Actor;
  name: string;
  channel: EventChannel;
}

export class ActionScope {
  readonly events: (NewEvent & { id: string })[] = [];
  ticketPatch: Partial<TicketRow> = {};
  /** Dispatches whose automation counters the step changed in memory (written by the commit path). */
  readonly automationTouched = new Set<string>();
  readonly ctx: AppContext;
  readonly db: Db;
  readonly acting: Acting;
  readonly ticket: TicketRow;
  readonly dispatches: DispatchRow[];
  readonly parties: PartyRow[];
  readonly settings: OrganizationSettings;
  readonly now: Date;
  /** Set while a step of the system's own runs inside someone else's change (asSystem). */
  private actingOverride: Acting | undefined;

  constructor(init: {
    ctx: AppContext; db: Db; acting: Acting; ticket: TicketRow; dispatches: DispatchRow[]; parties: PartyRow[]; settings: OrganizationSettings;
  }) {
    this.ctx = init.ctx;
    this.db = init.db;
    this.acting = init.acting;
    this.ticket = init.ticket;
    this.dispatches = init.dispatches;
    this.parties = init.parties;
    this.settings = init.settings;
    this.now = init.ctx.clock.now();
  }

  get organizationId(): string {
    return this.ticket.organizationId;
  }

  /** One of this ticket's dispatches, or 404. */
  dispatch(id: string | undefined): DispatchRow {
    const found = this.dispatches.find((d) => d.id === id);
    if (!found) throw new DomainError('not_found', 'This ticket has no such dispatch.', { field: 'dispatchId' });
    return found;
  }

  /** One of this ticket's parties, or 404. */
  party(id: string | undefined): PartyRow {
    const found = this.parties.find((p) => p.id === id && p.active);
    if (!found) throw new DomainError('not_found', 'This ticket has no such party.', { field: 'partyId' });
    return found;
  }

  /** Moves a dispatch by the table; refuses with 409 when the table has no such step. */
  async step(dispatch: DispatchRow, event: DispatchEvent, patch: Partial<typeof dispatches.$inferInsert> = {}): Promise<void> {
    const row = dispatchTransition(dispatch.kind, dispatch.state, event);
    if (!row) {
      throw new DomainError('action_not_available', `A ${dispatch.kind} in state ${dispatch.state} cannot take the step "${event}".`, {
        dispatchId: dispatch.id, state: dispatch.state, event,
      });
    }
    const changes = { ...patch, state: row.to, kind: row.toKind ?? dispatch.kind, stateChangedAt: this.now, updatedAt: this.now, remindersSent: 0, reminderBaseAt: this.now };
    await updateDispatch(this.db, dispatch.id, changes);
    Object.assign(dispatch, changes);
  }

  /** Records an event of this action; returns its id (attachments can point at it). The type and
   * its payload are those of the event catalogue, which also says the event's direction. */
  record<T extends EventType>(type: T, event: { payload: EventPayload<T>; dispatchId?: string | null; partyId?: string | null; internal?: boolean }): string {
    const id = randomUUID();
    const acting = this.actingOverride ?? this.acting;
    this.events.push({
      id,
      type,
      actorType: acting.type,
      actorUserId: acting.user?.userId ?? null,
      actorName: acting.name,
      channel: acting.channel,
      createdAt: this.now,
      direction: EVENTS[type].direction,
      dispatchId: event.dispatchId ?? null,
      partyId: event.partyId ?? null,
      internal: event.internal ?? false,
      payload: event.payload as Record<string, unknown>,
    });
    return id;
  }

  /** Runs `step` with its events recorded as the system's (a rule of the agency that follows
   * someone's answer, such as an owner's mandate threshold asking for approval). */
  async asSystem<T>(step: () => Promise<T>): Promise<T> {
    const previous = this.actingOverride;
    this.actingOverride = { type: 'system', name: 'Gardien', channel: 'system' };
    try {
      return await step();
    } finally {
      this.actingOverride = previous;
    }
  }

  /** Whether staff enters this on a party's behalf (an answer received by phone or plain email). */
  get onBehalf(): boolean {
    return this.acting.type === 'staff';
  }
}
