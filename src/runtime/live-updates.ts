// Live updates for the cockpit: after a change commits, the browsers of the same agency hear
// which ticket changed (server-sent events, src/http/routes/live.ts), whichever process made it.
//
// Each process delivers its own changes to its own browsers at once, in process. On PostgreSQL
// it also sends them as `NOTIFY gardien_tickets` with its origin, and a web process listens on a
// connection of its own (runtime/live-listener.ts): what it hears from other processes goes to
// its browsers, what it hears from itself is dropped, so each browser gets each change once.
// The embedded default has one process per data folder: in-process delivery is the whole story.
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/connection.ts';
import { notifyEach } from '../db/repositories/live-notices.ts';

export interface TicketChanged {
  organizationId: string;
  number: number;
  updatedAt: string;
  /** Where the ticket is and whom it is assigned to, so a stream can keep to its reader's scope. */
  propertyId?: string;
  assigneeId?: string | null;
}

/** The PostgreSQL channel every Gardien process of one database shares. */
export const LIVE_CHANNEL = 'gardien_tickets';

/** What travels in a notification: the change and the process that made it. */
interface Notice extends TicketChanged {
  origin: string;
}

export class LiveUpdates {
  readonly #emitter = new EventEmitter();
  /** Names this process in its notifications, so it knows its own when it hears them. */
  readonly origin = randomUUID();
  /** Sends a notification to the other processes; absent on the embedded database. */
  readonly #notifyDb: Db | undefined;
  readonly #pending = new Set<Promise<void>>();
  /** Notices waiting for the end of this turn of the event loop. */
  readonly #queued: Notice[] = [];
  #closed = false;

  /** With `notifyDb` (PostgreSQL), each change is also announced to the other processes. */
  constructor(notifyDb?: Db) {
    this.#notifyDb = notifyDb;
    // One listener per open browser tab; no leak warning at a few hundred.
    this.#emitter.setMaxListeners(0);
  }

  /** Announces a committed change: to this process's browsers now, to the others by NOTIFY.
   * Never throws and never waits: the change is already committed. The changes published in one
   * turn of the event loop (a batch of the automation: hundreds) leave in one statement. */
  publish(change: TicketChanged): void {
    this.#deliver(change);
    if (!this.#notifyDb || this.#closed) return;
    this.#queued.push({ ...change, origin: this.origin });
    if (this.#queued.length === 1) setImmediate(() => this.#flush());
  }

  #flush() {
    const db = this.#notifyDb;
    const notices = this.#queued.splice(0);
    if (!db || notices.length === 0) return;
    for (let i = 0; i < notices.length; i += 1000) {
      const chunk = notices.slice(i, i + 1000);
      const sending: Promise<void> = notifyEach(db, LIVE_CHANNEL, chunk.map((c) => JSON.stringify(c)))
        .then(
          () => undefined,
          (error: Error) => {
            if (!this.#closed) console.error(`Live updates of ${chunk.length} ticket(s) not sent to the other processes: ${error.message}`);
          },
        )
        .finally(() => this.#pending.delete(sending));
      this.#pending.add(sending);
    }
  }

  /** Takes a notification heard on the channel; the process's own are already delivered. */
  receive(payload: string): void {
    let notice: Partial<Notice>;
    try {
      notice = JSON.parse(payload) as Partial<Notice>;
    } catch {
      return;
    }
    if (notice.origin === this.origin) return;
    if (typeof notice.organizationId !== 'string' || typeof notice.number !== 'number' || typeof notice.updatedAt !== 'string') return;
    this.#deliver({
      organizationId: notice.organizationId, number: notice.number, updatedAt: notice.updatedAt,
      ...(typeof notice.propertyId === 'string' ? { propertyId: notice.propertyId } : {}),
      ...(typeof notice.assigneeId === 'string' || notice.assigneeId === null ? { assigneeId: notice.assigneeId } : {}),
    });
  }

  /** Listens to the changes of one organization; returns the function that stops listening. */
  subscribe(organizationId: string, listener: (change: TicketChanged) => void): () => void {
    const filtered = (change: TicketChanged) => {
      if (change.organizationId !== organizationId) return;
      try {
        listener(change);
      } catch (error) {
        // One broken stream must not stop the others, nor reach the code that published.
        console.error(`Live update listener failed: ${(error as Error).message}`);
      }
    };
    this.#emitter.on('ticket', filtered);
    return () => this.#emitter.off('ticket', filtered);
  }

  /** Waits for the notifications on their way, then sends no more (before the pool closes). */
  async close(): Promise<void> {
    this.#flush();
    await Promise.all([...this.#pending]);
    this.#closed = true;
  }

  #deliver(change: TicketChanged) {
    this.#emitter.emit('ticket', change);
  }
}
