// A small JSON client for the Gardien API: same-origin session cookie, typed errors.

/** An error answered by the API (or a network failure, with status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  /** Lets the request outlive the page (the time-spent `stop` sent while leaving). */
  keepalive?: boolean;
}

/** Calls the API and returns its JSON answer (undefined for 204); throws ApiError otherwise. */
export async function apiRequest<T>(method: HttpMethod, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const isForm = body instanceof FormData;
  // A FormData body sets its own multipart Content-Type (with the boundary).
  if (body !== undefined && !isForm) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      keepalive: options.keepalive,
      body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
    });
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }

  if (response.status === 204) return undefined as T;
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response, payload);
  return payload as T;
}

/** Shorthands for the usual verbs. */
export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => apiRequest<T>('POST', path, body, options),
  patch: <T>(path: string, body?: unknown) => apiRequest<T>('PATCH', path, body),
  put: <T = undefined>(path: string, body?: unknown) => apiRequest<T>('PUT', path, body),
  delete: <T = undefined>(path: string) => apiRequest<T>('DELETE', path),
};

/** One field the server refused, as `validation_failed` details name it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The fields named by an error's details (a list of {field, message}, or one {field}). */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return [];
  const { details } = error;
  const list = Array.isArray(details) ? details : isRecord(details) ? [details] : [];
  return list
    .filter(isRecord)
    .filter((item) => typeof item.field === 'string')
    .map((item) => ({ field: String(item.field), message: typeof item.message === 'string' ? item.message : error.message }));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

// The API promises {"error":{"code","message","details"}}; anything else (a proxy's page) still
// becomes an ApiError, so callers handle one kind of failure.
function toApiError(response: Response, payload: unknown): ApiError {
  const error = isRecord(payload) && isRecord(payload.error) ? payload.error : undefined;
  const code = typeof error?.code === 'string' ? error.code : `http_${response.status}`;
  const message =
    typeof error?.message === 'string' ? error.message : response.statusText || `HTTP ${response.status}`;
  return new ApiError(response.status, code, message, error?.details);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
