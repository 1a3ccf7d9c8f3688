// The incident part of the ticket page (DOMAIN.md §12): on a report, the incident it is linked to
// and the undo; on an incident, its reports and one update for every requester; on an open
// ticket, the tickets it may duplicate (suggestions) and a link by number.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, NumberInput, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconLink, IconStack2 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { api } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useFormat } from '../../i18n/format.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { useIncidentAction } from './use-incident-action.ts';

interface Suggestion {
  number: number;
  subject: string;
  requestedAt: string;
  requesterName: string | null;
  incidentReportCount: number;
}

/** On a report: the incident it is linked to (or closed as a duplicate of), and the undo. */
function LinkedTo({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const perform = useIncidentAction();
  const incident = ticket.incident!;
  const duplicate = ticket.closeReason === 'duplicate';
  return (
    <Alert color="blue" icon={<IconLink size={18} />} data-testid="incident-linked" title={t(duplicate ? 'incident.closedAsDuplicate' : 'incident.linkedTo', { number: incident.number })}>
      <Group gap="sm">
        <Anchor component={Link} href={`/tickets/${incident.number}`}>{t('incident.open', { number: incident.number, subject: incident.subject })}</Anchor>
        {!ticket.closedAt && (
          <Button size="xs" variant="default" loading={perform.isPending} onClick={() => perform.mutate({ number: ticket.number, body: { action: 'unlink_from_incident' } })}>
            {t('incident.unlink')}
          </Button>
        )}
      </Group>
      {perform.isError && <Text c="red" size="sm" role="alert">{errorMessage(t, perform.error)}</Text>}
    </Alert>
  );
}

/** On an incident: its reports, and the update worded once for every requester. */
function Reports({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const format = useFormat();
  const perform = useIncidentAction();
  const [message, setMessage] = useState('');
  const [sent, setSent] = useState(false);
  const open = ticket.closedAt === null;
  return (
    <Paper withBorder p="md" data-testid="incident-reports">
      <Group gap="xs" mb="xs">
        <IconStack2 size={18} aria-hidden="true" />
        <Title order={2} size="h4">{t('incident.badge', { count: ticket.incidentReportCount })}</Title>
      </Group>
      <Table striped withRowBorders={false} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('incident.column.number')}</Table.Th>
            <Table.Th>{t('incident.column.requester')}</Table.Th>
            <Table.Th>{t('incident.column.date')}</Table.Th>
            <Table.Th>{t('incident.column.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ticket.incidentReports.map((r) => (
            <Table.Tr key={r.number}>
              <Table.Td><Anchor component={Link} href={`/tickets/${r.number}`}>{t('incident.numbered', { number: r.number })}</Anchor></Table.Td>
              <Table.Td>{r.requesterName ?? '—'}</Table.Td>
              <Table.Td>{format.dateTime(r.requestedAt)}</Table.Td>
              <Table.Td>{r.closedAt ? t('incident.state.duplicate') : t('incident.state.linked')}</Table.Td>
              <Table.Td>
                {!r.closedAt && (
                  <Button size="compact-xs" variant="subtle" onClick={() => perform.mutate({ number: r.number, body: { action: 'unlink_from_incident' } })}>
                    {t('incident.unlink')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {open && (
        <Stack gap="xs" mt="sm">
          <Textarea label={t('incident.update.label')} description={t('incident.update.help')} autosize minRows={2} value={message} onChange={(e) => { setMessage(e.currentTarget.value); setSent(false); }} />
          <Group>
            <Button
              size="sm" disabled={!message.trim()} loading={perform.isPending}
              onClick={() => perform.mutate({ number: ticket.number, body: { action: 'send_incident_update', message } }, { onSuccess: () => { setMessage(''); setSent(true); } })}
            >
              {t('incident.update.submit')}
            </Button>
            {sent && <Text size="sm" c="teal.9" role="status">{t('incident.update.sent')}</Text>}
          </Group>
        </Stack>
      )}
      {perform.isError && <Text c="red" size="sm" role="alert">{errorMessage(t, perform.error)}</Text>}
    </Paper>
  );
}

/** On an open ticket that is neither linked nor an incident: suggestions, and a link by number. */
function Suggestions({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const format = useFormat();
  const perform = useIncidentAction();
  const [incidentNumber, setIncidentNumber] = useState<number | string>('');
  const suggestions = useQuery({
    queryKey: ['tickets', 'detail', ticket.number, 'duplicate-suggestions'],
    queryFn: () => api.get<{ items: Suggestion[] }>(`/api/v1/tickets/${ticket.number}/duplicate-suggestions`),
    select: (answer) => answer.items,
  });
  const link = (action: 'link_to_incident' | 'merge_into_incident', n: number) => perform.mutate({ number: ticket.number, body: { action, incidentNumber: n } });
  return (
    <Stack gap="xs" data-testid="incident-suggestions">
      {(suggestions.data ?? []).map((s) => (
        <Alert key={s.number} color="yellow" icon={<IconStack2 size={18} />} title={t('incident.maybeSame', { number: s.number })}>
          <Group gap="sm" justify="space-between">
            <Text size="sm">
              <Anchor component={Link} href={`/tickets/${s.number}`}>{s.subject}</Anchor>
              {' · '}{s.requesterName ?? '—'}{' · '}{format.dateTime(s.requestedAt)}
              {s.incidentReportCount > 0 && <Badge ml="xs" size="sm" variant="light">{t('incident.badge', { count: s.incidentReportCount })}</Badge>}
            </Text>
            <Group gap="xs">
              <Button size="xs" loading={perform.isPending} onClick={() => link('link_to_incident', s.number)}>{t('incident.link')}</Button>
              <Button size="xs" variant="default" loading={perform.isPending} onClick={() => link('merge_into_incident', s.number)}>{t('incident.merge')}</Button>
            </Group>
          </Group>
        </Alert>
      ))}
      <Group gap="xs" align="flex-end">
        <NumberInput size="xs" w={200} min={1} allowDecimal={false} hideControls label={t('incident.byNumber')} value={incidentNumber} onChange={setIncidentNumber} />
        <Button size="xs" variant="default" disabled={typeof incidentNumber !== 'number'} onClick={() => typeof incidentNumber === 'number' && link('link_to_incident', incidentNumber)}>
          {t('incident.link')}
        </Button>
      </Group>
      {perform.isError && <Text c="red" size="sm" role="alert">{errorMessage(t, perform.error)}</Text>}
    </Stack>
  );
}

/** What the ticket page shows of incidents for this ticket, if anything. */
export function IncidentPanel({ ticket }: { ticket: Ticket }) {
  if (ticket.incident) return <LinkedTo ticket={ticket} />;
  if (ticket.incidentReports.length > 0) return <Reports ticket={ticket} />;
  if (ticket.nextSteps.incident.includes('link_to_incident')) return <Suggestions ticket={ticket} />;
  return null;
}
