// The one error type the use cases throw: a stable code, a sentence a user can act on, and
// optional details. The HTTP layer maps codes to statuses (src/http/error-status.ts).

export class DomainError extends Error {
  readonly code: string;
  readonly details: unknown;

  constructor(code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

/** The thing asked for does not exist in the caller's organization (also for other agencies' ids). */
export function notFound(what: string): DomainError {
  return new DomainError('not_found', `${what} not found.`);
}
