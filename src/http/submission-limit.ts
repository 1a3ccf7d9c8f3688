// Requests accepted from one address (the web form's): at most `max` in a sliding window, counted
// when a request is taken and given back when it is refused for its content (a mistyped email
// costs nothing), so that a person who corrects a field is not locked out while a robot sending
// form after form is. Kept in the process's memory, like @fastify/rate-limit's own store.
import { DomainError } from '../domain/errors.ts';

export class SubmissionLimit {
  private readonly taken = new Map<string, number[]>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(max: number, windowMs: number, now: () => number = Date.now) {
    this.max = max;
    this.windowMs = windowMs;
    this.now = now;
  }

  private recent(address: string): number[] {
    const since = this.now() - this.windowMs;
    const times = (this.taken.get(address) ?? []).filter((t) => t > since);
    if (times.length) this.taken.set(address, times);
    else this.taken.delete(address);
    return times;
  }

  /** Counts one request from the address; throws too_many_attempts when it has had its share. */
  take(address: string): void {
    if (this.taken.size > 10_000) for (const known of [...this.taken.keys()]) this.recent(known);
    const times = this.recent(address);
    if (times.length >= this.max) {
      const minutes = Math.max(1, Math.ceil((times[0]! + this.windowMs - this.now()) / 60_000));
      throw new DomainError('too_many_attempts', `Too many requests sent from this address: wait ${minutes} minute(s), then send the form again.`, { retryAfterMinutes: minutes });
    }
    this.taken.set(address, [...times, this.now()]);
  }

  /** Gives back the request counted last for the address (it was refused, nothing was taken). */
  giveBack(address: string): void {
    const times = this.taken.get(address);
    times?.pop();
    if (times && !times.length) this.taken.delete(address);
  }
}
