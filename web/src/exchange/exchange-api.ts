// The exchange page's data: the view read through the page cookie, and the answers sent back
// (JSON, or multipart with a `payload` field and files when files come).
import { createContext, useContext } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, fieldProblems } from '../api.ts';
import { isProblem, type Answer, type ExchangeView, type Problem } from './exchange-types.ts';

const SESSION = '/api/v1/exchange/session';
export const exchangeKey = ['exchange', 'session'] as const;

/** Reads the view. Never from the browser's cache: it is personal, and a 410 ("closed") would stick. */
async function readView(): Promise<ExchangeView> {
  let response: Response;
  try {
    response = await fetch(SESSION, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' });
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }
  const payload = (await response.json().catch(() => undefined)) as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined;
  if (response.ok) return payload as unknown as ExchangeView;
  const error = payload?.error;
  throw new ApiError(
    response.status,
    typeof error?.code === 'string' ? error.code : `http_${response.status}`,
    typeof error?.message === 'string' ? error.message : response.statusText,
    error?.details,
  );
}

/** The party's view, read with the cookie the link left. */
export function useExchangeView(enabled: boolean) {
  return useQuery({
    queryKey: exchangeKey,
    queryFn: readView,
    enabled,
    // The manager may act meanwhile: read again when the party comes back to the page.
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}

/** The body of an answer: plain JSON, or multipart when files come with it. */
export function answerBody(answer: Answer): unknown {
  const files = answer.files ?? [];
  const invoice = answer.invoice ?? [];
  if (files.length === 0 && invoice.length === 0) return answer.payload;
  const form = new FormData();
  form.append('payload', JSON.stringify(answer.payload));
  for (const file of invoice) form.append('invoice', file, file.name);
  for (const file of files) form.append('files', file, file.name);
  return form;
}

/** The problem page an error leads to, if it is one (the link or the session no longer works). */
export function problemOf(error: unknown): Problem | undefined {
  if (!(error instanceof ApiError)) return undefined;
  // Read through the cookie, "not valid" means the cookie is gone or has expired.
  if (error.code === 'link_invalid') return 'session_ended';
  return isProblem(error.code) ? error.code : undefined;
}

/** What the page does once an answer went through: confirm it and show the new state. */
export const AnsweredContext = createContext<(action: string, view: ExchangeView) => void>(() => {});

/** Sends one answer; on success the page shows the view the server answered. */
export function useAnswer() {
  const queryClient = useQueryClient();
  const answered = useContext(AnsweredContext);
  return useMutation({
    mutationFn: (answer: Answer) => api.post<ExchangeView>(SESSION, answerBody(answer)),
    onSuccess: (view, answer) => {
      queryClient.setQueryData(exchangeKey, view);
      answered(answer.payload.action, view);
    },
    onError: (error) => {
      // The step moved on, or the link stopped working: read the page again to show where it stands.
      if (error instanceof ApiError && (error.code === 'action_not_available' || problemOf(error))) {
        void queryClient.invalidateQueries({ queryKey: exchangeKey });
      }
    },
  });
}

/** The server's field problems of an error, by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of fieldProblems(error)) errors[problem.field] ??= problem.message;
  return errors;
}
