// Incidents (DOMAIN.md §12): reports of one outage gathered on one ordinary ticket. Which links
// are refused and why, the close reason of a duplicate, and the window in which a new report is
// suggested as a duplicate of another one. Pure rules; src/tickets/incidents/ applies them.

/** A new report is suggested as a duplicate of an open ticket of the same place and category
 * requested this many hours before it (an open incident matches whatever its age). */
export const SUGGESTION_WINDOW_HOURS = 48;

/** At most this many suggestions are shown. */
export const SUGGESTION_LIMIT = 5;

/** The close reason of a report closed as the incident's duplicate (merged, or the incident closed). */
export const DUPLICATE_CLOSE_REASON = 'duplicate';

/** What a link needs to know of both tickets. */
export interface LinkFacts {
  id: string;
  closed: boolean;
  /** It is itself linked to an incident. */
  linked: boolean;
  /** Reports are linked to it. */
  reportCount: number;
  propertyId: string | null;
}

/** Why a link of `report` to `incident` is refused, as a stable code and a sentence; none when allowed. */
export function linkRefusal(report: LinkFacts, incident: LinkFacts): { code: string; message: string } | undefined {
  if (report.id === incident.id) return { code: 'incident_self', message: 'A ticket cannot be linked to itself.' };
  if (report.closed) return { code: 'action_not_available', message: 'This ticket is closed: it can only be read.' };
  if (report.linked) return { code: 'incident_already_linked', message: 'This ticket is already linked to an incident: undo that link first.' };
  if (report.reportCount > 0) return { code: 'incident_chain', message: 'This ticket is an incident with reports of its own: it cannot be linked to another one.' };
  if (incident.closed) return { code: 'incident_closed', message: 'That incident is closed: a report can only be linked to an open ticket.' };
  if (incident.linked) return { code: 'incident_chain', message: 'That ticket is itself linked to an incident: link to that incident instead.' };
  if (report.propertyId && incident.propertyId && report.propertyId !== incident.propertyId) {
    return { code: 'incident_other_property', message: 'The reports of one incident are about one property: that ticket is about another one.' };
  }
  return undefined;
}
