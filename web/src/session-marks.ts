// The marks that tell an expired session apart from a visitor who never signed in (see
// session-expiry.ts): kept in the browser's storage, read by the cockpit and the light sign-in.
const SIGNED_IN = 'gardien.signedIn';
const EXPIRED = 'gardien.sessionExpired';

function read(storage: () => Storage, key: string): string | null {
  try {
    return storage().getItem(key);
  } catch {
    return null; // storage disabled: the sign-in page then says nothing more than before
  }
}

function write(storage: () => Storage, key: string, value: string | null): void {
  try {
    if (value === null) storage().removeItem(key);
    else storage().setItem(key, value);
  } catch {
    // storage disabled
  }
}

const local = () => localStorage;
const session = () => sessionStorage;

/** A session is open (signed in, or /me answered). */
export function markSignedIn(): void {
  write(local, SIGNED_IN, '1');
  write(session, EXPIRED, null);
}

/** The user signed out on purpose: nothing expired. */
export function markSignedOut(): void {
  write(local, SIGNED_IN, null);
  write(session, EXPIRED, null);
}

/** The server refused the session: if one was open, it expired. Returns whether it did. */
export function noteRefusedSession(): boolean {
  if (read(local, SIGNED_IN) !== '1') return false;
  write(local, SIGNED_IN, null);
  write(session, EXPIRED, '1');
  return true;
}

/** Whether the sign-in page should say that the session expired. */
export function sessionExpired(): boolean {
  return read(session, EXPIRED) === '1';
}

