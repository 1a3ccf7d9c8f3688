// The residents' list as GET /portal-residents answers it (/work/briefs/portal-api.md, staff side),
// and what the screen's calls answer.
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

/** Who may act (invite, deactivate…) and who may open a resident's portal in preview. */
export const MASTER_DATA_WRITERS = ['master_data_admin'];
export const PREVIEWERS = ['manager', 'assistant', 'agent', 'external_agent'];
