// The header's right part: when it was opened, the current step (or closing), the documents.
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useFormat } from '../../i18n/format.ts';
import { StatusLabel } from '../shared/status-label.tsx';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { DocumentsCarousel } from './documents-carousel.tsx';

/** Right column of the header. */
export function HeaderStep({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  return (
    <Stack gap="sm">
      <Text size="sm">{t('ticket.openedAt', { date: format.dateTime(ticket.createdAt) })}</Text>
      {Math.abs(Date.parse(ticket.requestedAt) - Date.parse(ticket.createdAt)) > 60_000 && (
        <Text size="sm" c="dimmed">
          {t('ticket.requestedAt', { date: format.dateTime(ticket.requestedAt) })}
        </Text>
      )}
      {ticket.closedAt ? (
        <Alert color="red" variant="light" title={t('ticket.closedTitle')} data-testid="closed-banner">
          <Text size="sm" c="red.9">
            {t(ticket.closeReason === 'request_cancelled' ? 'ticket.requestCancelledOn' : 'ticket.closedOn', { date: format.dateTime(ticket.closedAt) })}
          </Text>
          {/* The seed's "summary file" and "documents (.zip)", offered once the ticket is closed. */}
          <Stack gap={2} mt="xs">
            <Anchor href={`/api/v1/tickets/${ticket.number}/summary.pdf?lang=${lang}`} size="sm" c="gray.9" underline="always" data-testid="summary-pdf">
              {t('ticket.summaryPdf')}
            </Anchor>
            <Anchor href={`/api/v1/tickets/${ticket.number}/documents.zip?lang=${lang}`} size="sm" c="gray.9" underline="always" data-testid="documents-zip">
              {t('ticket.documentsZip')}
            </Anchor>
            <Anchor component={Link} href="/dossiers/verify" size="sm" c="gray.9" underline="always" data-testid="verify-dossier-link">
              {t('dossier.link')}
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <div>
          <Text size="sm" fw={600}>
            {t('ticket.currentStep')}
          </Text>
          {ticket.type === 'ODSM' ? (
            <Text size="sm">{t('ticket.stepPerDispatch')}</Text>
          ) : (
            <StatusLabel status={ticket.status} kind={ticket.statusKind} />
          )}
        </div>
      )}
      <div>
        <Text size="sm" fw={600} mb={4}>
          {t('documents.title')}
        </Text>
        <DocumentsCarousel documents={ticket.documents} />
      </div>
    </Stack>
  );
}
