// Reads the cockpit's server-sent events over real HTTP, as a browser's EventSource would.

export interface TicketEvent {
  number: number;
  updatedAt: string;
}

export interface OpenStream {
  /** Every `ticket` event heard so far, in order. */
  events: TicketEvent[];
  /** Waits until an event of ticket `number` has arrived and returns it. */
  waitFor(number: number, timeoutMs?: number): Promise<TicketEvent>;
  close(): void;
}

/** Opens GET /api/v1/events/stream as the user behind `cookie`; resolves once the server has
 * answered (from then on, changes reach this stream). */
export async function openEventStream(baseUrl: string, cookie: string): Promise<OpenStream> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/v1/events/stream`, { headers: { cookie }, signal: controller.signal });
  if (response.status !== 200) throw new Error(`event stream answered ${response.status}: ${await response.text()}`);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: TicketEvent[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  const take = (chunk: string) => {
    buffer += chunk;
    for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /^data: (.*)$/m.exec(block);
      if (/^event: ticket$/m.test(block) && data) events.push(JSON.parse(data[1]!) as TicketEvent);
    }
    for (const wake of waiters) wake();
  };
  // The first chunk (`retry:`) is written once the stream listens.
  const first = await reader.read();
  if (first.value) take(first.value);
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        take(value);
      }
    } catch {
      // aborted by close()
    }
  })();

  return {
    events,
    waitFor: (number, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = events.find((e) => e.number === number);
          if (!found) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no event for ticket ${number} within ${timeoutMs} ms (heard: ${JSON.stringify(events)})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => controller.abort(),
  };
}
