// Live updates for the cockpit: after a change commits, the web process tells the browsers of
// the same agency which ticket changed (server-sent events, src/http/routes/live.ts).
import { EventEmitter } from 'node:events';

export interface TicketChanged {
  organizationId: string;
  number: number;
  updatedAt: string;
}

export class LiveUpdates {
  readonly #emitter = new EventEmitter();

  constructor() {
    // One listener per open browser tab; no leak warning at a few hundred.
    this.#emitter.setMaxListeners(0);
  }

  /** Announces a committed change. */
  publish(change: TicketChanged): void {
    this.#emitter.emit('ticket', change);
  }

  /** Listens to the changes of one organization; returns the function that stops listening. */
  subscribe(organizationId: string, listener: (change: TicketChanged) => void): () => void {
    const filtered = (change: TicketChanged) => {
      if (change.organizationId === organizationId) listener(change);
    };
    this.#emitter.on('ticket', filtered);
    return () => this.#emitter.off('ticket', filtered);
  }
}
