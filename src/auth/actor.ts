// Who is calling: a staff user of one organization, signed in by a session or an API token.
import type { Role } from '../domain/roles.ts';

export interface Actor {
  userId: string;
  organizationId: string;
  roles: Role[];
  via: 'session' | 'token';
  sessionId?: string;
}
