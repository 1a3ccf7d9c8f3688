// The staff calls of the residents' portal (docs/portal.md, staff side).
import { api } from '../../api.ts';
import type { InvitationsResult } from './resident-types.ts';

export const inviteResident = (personId: string) => api.post<{ state: 'invited'; expiresAt: string }>(`/api/v1/persons/${personId}/invitation`, { channel: 'email' });
export const deactivateResident = (personId: string) => api.post(`/api/v1/persons/${personId}/portal-deactivate`, {});
export const reactivateResident = (personId: string) => api.post(`/api/v1/persons/${personId}/portal-reactivate`, {});
export const inviteProperty = (propertyId: string, remind: boolean) => api.post<InvitationsResult>(`/api/v1/properties/${propertyId}/invitations`, { remind });
export const unitPortalCode = (unitId: string) => api.post<{ code: string }>(`/api/v1/units/${unitId}/portal-code`, {});

/** Opens the resident's portal, read-only, in a new tab. The tab opens first (a browser lets a
 * click open one, not a later answer), then goes to the portal once the preview session is set. */
export async function openPortalPreview(personId: string): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const { url } = await api.post<{ url: string }>(`/api/v1/persons/${personId}/portal-preview`, {});
    if (tab) tab.location.href = url;
    else window.open(url, '_blank', 'noopener');
  } catch (error) {
    tab?.close();
    throw error;
  }
}

export const lettersUrl = (propertyId: string) => `/api/v1/properties/${propertyId}/invitation-letters.pdf`;
export const exportUrl = (propertyId: string | null) => `/api/v1/portal-residents/export${propertyId ? `?propertyId=${propertyId}` : ''}`;

/** Downloads what `url` answers (the session cookie goes along), under the server's file name. */
export function download(url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}
