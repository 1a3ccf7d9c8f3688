// The residents' list as GET /portal-residents answers it (docs/portal.md, staff side),
// and what the screen's calls answer.
import { PERMISSIONS } from '../../../../src/domain/roles.ts';
import type { PortalState } from '../../../../src/domain/portal/portal-codes.ts';

export interface ResidentPlace {
  propertyName: string;
  unitReference: string | null;
  relation: string;
}

export interface ResidentRow {
  personId: string;
  name: string;
  emails: string[];
  phones: string[];
  places: ResidentPlace[];
  state: PortalState;
  invitedAt: string | null;
  lastSignInAt: string | null;
  remindersSent: number;
}

/** POST /properties/{id}/invitations. */
export interface InvitationsResult {
  invited: number;
  skipped: { personId: string; reason: string }[];
}

/** Who may act (invite, deactivate…: the permission residents:invite) and who may open a resident's portal in preview. */
export const RESIDENT_INVITERS: readonly string[] = PERMISSIONS['residents:invite'];
export const PREVIEWERS = ['manager', 'assistant', 'agent', 'external_agent'];
