// The party's view, held once for the page (no query library: the page reads one thing): read at
// start, read again when the party comes back to the page after a while, replaced by the view an
// answer returns. A refusal (4xx) is final; a lost connection or a server error is tried twice more.
import { useEffect, useSyncExternalStore } from 'react';
import { ApiError } from '../api.ts';
import type { ExchangeView } from './exchange-types.ts';

export interface ViewState {
  data?: ExchangeView;
  error?: unknown;
  fetching: boolean;
  /** When the view was last read or replaced (ms). */
  readAt: number;
}

/** How long a view is fresh enough not to be read again when the party comes back. */
const FRESH_MS = 30_000;
const RETRIES = 2;

const retryable = (error: unknown) => !(error instanceof ApiError && error.status >= 400 && error.status < 500);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page's one view and who listens to it. */
export class ViewStore {
  private state: ViewState = { fetching: false, readAt: 0 };
  private readonly listeners = new Set<() => void>();
  private reading: Promise<void> | undefined;
  private readonly read: () => Promise<ExchangeView>;

  constructor(read: () => Promise<ExchangeView>) {
    this.read = read;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  readonly snapshot = () => this.state;

  private set(patch: Partial<ViewState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** The view an answer returned. */
  replace(view: ExchangeView) {
    this.set({ data: view, error: undefined, readAt: Date.now() });
  }

  /** Reads the view (once at a time), keeping the last one shown while it does. */
  refetch(): Promise<void> {
    this.reading ??= (async () => {
      this.set({ fetching: true });
      for (let attempt = 0; ; attempt++) {
        try {
          this.set({ data: await this.read(), error: undefined, fetching: false, readAt: Date.now() });
          return;
        } catch (error) {
          if (attempt >= RETRIES || !retryable(error)) {
            this.set({ error, fetching: false, readAt: Date.now() });
            return;
          }
          await wait(1000 * 2 ** attempt);
        }
      }
    })().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }

  /** Reads again if the view is older than FRESH_MS (the manager may have acted meanwhile). */
  refreshIfStale() {
    if (Date.now() - this.state.readAt > FRESH_MS) void this.refetch();
  }
}

/** The view of `store`, read on first use and again when the page becomes visible after a while. */
export function useView(store: ViewStore): ViewState & { refetch: () => Promise<void> } {
  const state = useSyncExternalStore(store.subscribe, store.snapshot);
  useEffect(() => {
    if (store.snapshot().readAt === 0) void store.refetch();
    const visible = () => {
      if (document.visibilityState === 'visible') store.refreshIfStale();
    };
    document.addEventListener('visibilitychange', visible);
    return () => document.removeEventListener('visibilitychange', visible);
  }, [store]);
  return { ...state, refetch: () => store.refetch() };
}
