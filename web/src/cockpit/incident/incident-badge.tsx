// The list's mark of incidents: "Incident · 12 signalements" on an incident, "Rattaché au n° X" on a report.
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function IncidentBadge({ ticket }: { ticket: { incidentReportCount: number; incidentNumber: number | null } }) {
  const { t } = useTranslation();
  if (ticket.incidentReportCount > 0) return <Badge size="sm" variant="light" color="orange" ml={6} data-testid="incident-badge">{t('incident.badge', { count: ticket.incidentReportCount })}</Badge>;
  if (ticket.incidentNumber !== null) return <Badge size="sm" variant="outline" color="gray" ml={6}>{t('incident.linkedShort', { number: ticket.incidentNumber })}</Badge>;
  return null;
}
