// The exchange page's data: the view read through the page cookie, and the answers sent back
// (JSON, or multipart with a `payload` field and files when files come).
import { createContext, useCallback, useContext, useState } from 'react';
import { ApiError, api, fieldProblems } from '../api.ts';
import { isProblem, type Answer, type ExchangeView, type Problem } from './exchange-types.ts';
import { ViewStore, useView } from './view-store.ts';

// The server preloads this address with the page (src/http/web-app.ts): keep them the same.
const SESSION = '/api/v1/exchange/session';

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

/** The page's view, read with the cookie the link left. */
export const exchangeView = new ViewStore(readView);

/** The party's view: data, error, whether it is being read, and a way to read it again. */
export function useExchangeView() {
  const view = useView(exchangeView);
  return { ...view, isError: view.error !== undefined, isFetching: view.fetching };
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

interface AnswerState {
  pending: boolean;
  error: unknown;
  variables?: Answer;
}

/** Sends one answer; on success the page shows the view the server answered. */
export function useAnswer() {
  const answered = useContext(AnsweredContext);
  const [state, setState] = useState<AnswerState>({ pending: false, error: null });
  const mutate = useCallback(
    (answer: Answer, options?: { onSuccess?: () => void }) => {
      setState({ pending: true, error: null, variables: answer });
      api.post<ExchangeView>(SESSION, answerBody(answer)).then(
        (view) => {
          exchangeView.replace(view);
          setState({ pending: false, error: null, variables: answer });
          answered(answer.payload.action, view);
          options?.onSuccess?.();
        },
        (error: unknown) => {
          setState({ pending: false, error, variables: answer });
          // The step moved on, or the link stopped working: read the page again to show where it stands.
          if (error instanceof ApiError && (error.code === 'action_not_available' || problemOf(error))) void exchangeView.refetch();
        },
      );
    },
    [answered],
  );
  return { mutate, isPending: state.pending, error: state.error, variables: state.variables };
}

/** The server's field problems of an error, by field name. */
export function fieldErrors(error: unknown): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of fieldProblems(error)) errors[problem.field] ??= problem.message;
  return errors;
}
