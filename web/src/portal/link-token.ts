// The secret of a link's page (/portal/enter?token=…, reset, register), and calls that must run
// once per secret even when React runs an effect twice (development's StrictMode): a one-time link
// used twice would fail the second time.
const started = new Map<string, Promise<unknown>>();

export function tokenOfPage(): string {
  return new URLSearchParams(window.location.search).get('token') ?? '';
}

/** `call` once per key; later calls get the first one's promise. */
export function once<T>(key: string, call: () => Promise<T>): Promise<T> {
  let promise = started.get(key) as Promise<T> | undefined;
  if (!promise) {
    promise = call();
    started.set(key, promise);
  }
  return promise;
}

/** Password rules as the server's (src/auth/passwords.ts). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
