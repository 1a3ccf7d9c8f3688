// Telling an expired session apart from a visitor who never signed in: while someone is signed in
// the browser keeps a mark (localStorage, so a reload the next morning still knows); a refusal
// (401) that finds the mark means the session ran out. The sign-in page then says so, and since
// the address is left as it was, signing in again returns to the same screen.
import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api.ts';
import { noteRefusedSession } from './session-marks.ts';

export { markSignedIn, markSignedOut, noteRefusedSession, sessionExpired } from './session-marks.ts';

/** Any call refused with 401 while signed in: forget the previous session's answers (another
 * person may sign in next) and show the sign-in page. */
export function handleUnauthorized(queryClient: QueryClient, error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  if (!queryClient.getQueryData(['me'])) return;
  noteRefusedSession();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
  queryClient.setQueryData(['me'], null);
}
