// Who is calling the portal: a resident of one organization, signed in on the portal's own cookie,
// or a staff member previewing the portal as that person (read-only, logged).

export interface Resident {
  organizationId: string;
  personId: string;
  /** Null only in a staff preview of a person without an account. */
  accountId: string | null;
  sessionId: string;
  /** The staff member previewing: every change is refused (403 preview_read_only). */
  previewByUserId: string | null;
}

export const PORTAL_COOKIE = 'gardien_portal';
