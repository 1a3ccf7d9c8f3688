// Live updates (DOMAIN.md §12): the server's event stream says which ticket changed, and the
// list and that ticket are fetched again. Without the stream (404), nothing is subscribed.
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { invalidateTicket } from './shared/ticket-queries.ts';

const STREAM = '/api/v1/events/stream';
const BATCH_MS = 250;

/** Subscribes while mounted; a stream that fails for good (404, not an event stream) is dropped. */
export function useLiveUpdates(enabled: boolean) {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(STREAM, { withCredentials: true });
    // Changes often come in bursts (an action changes a ticket several times): they are
    // gathered for a moment, then each ticket and the lists are fetched again once.
    const changed = new Set<number>();
    let flush: number | undefined;
    source.addEventListener('ticket', (event) => {
      try {
        const data = JSON.parse((event as MessageEvent<string>).data) as { number?: unknown };
        if (typeof data.number !== 'number') return;
        changed.add(data.number);
        flush ??= window.setTimeout(() => {
          flush = undefined;
          for (const number of changed) invalidateTicket(queryClient, number);
          changed.clear();
        }, BATCH_MS);
      } catch {
        // a malformed message changes nothing
      }
    });
    // EventSource retries lost connections by itself; it gives up (CLOSED) on a 404 or any
    // answer that is not an event stream: then we let it go.
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) source.close();
    };
    return () => {
      source.close();
      window.clearTimeout(flush);
    };
  }, [enabled, queryClient]);
}
