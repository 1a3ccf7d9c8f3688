// The one table from error codes to HTTP statuses. A code not listed is a 400.

export const ERROR_STATUS: Record<string, number> = {
  validation_failed: 400,
  invalid_json: 400,
  invalid_cursor: 400,
  bad_request: 400,
  request_timeout: 408,
  invalid_template: 400,
  no_file: 400,
  empty_file: 400,
  malformed_multipart: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  cross_origin_request: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  action_not_available: 409,
  conflict: 409,
  body_too_large: 413,
  file_too_large: 413,
  too_many_files: 413,
  too_many_parts: 413,
  message_too_large: 413,
  uri_too_long: 414,
  unsupported_media_type: 415,
  file_type_not_allowed: 415,
  unknown_reference: 422,
  invalid_period: 422,
  import_invalid: 422,
  message_unreadable: 422,
  headers_too_large: 431,
  too_many_attempts: 429,
  link_invalid: 404,
  link_expired: 410,
  link_revoked: 410,
  reset_link_invalid: 410,
  ticket_closed: 410,
  internal_error: 500,
  service_unavailable: 503,
};

/** The HTTP status for a domain error code. */
export function statusFor(code: string): number {
  return ERROR_STATUS[code] ?? 400;
}
