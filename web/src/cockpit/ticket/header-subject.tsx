// The header's middle part: time spent (counting), the address, the subject and description
// (editable in place), the requester's own words and the category.
import { Group, Spoiler, Stack, Text } from '@mantine/core';
import { IconClock, IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { useCategories } from '../shared/master-data.ts';
import type { TicketAnswer as Ticket } from '../../../../src/http/answers.ts';
import { EditableText } from './editable-text.tsx';

/** Middle column of the header; `timeSpent` is the running total in seconds. */
export function HeaderSubject({ ticket, timeSpent }: { ticket: Ticket; timeSpent: number | undefined }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const categories = useCategories();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const fieldLabel = (key: string) =>
    categories.data?.find((c) => c.id === ticket.category?.id)?.fields.find((f) => f.key === key)?.label[language] ?? key;
  const editable = ticket.nextSteps.ticket.includes('edit');
  const { property, unit } = ticket;
  const categoryFields = Object.entries(ticket.categoryFields ?? {});

  return (
    <Stack gap="sm">
      <Group gap={6} wrap="nowrap">
        <IconClock size={16} stroke={1.6} aria-hidden="true" style={{ flexShrink: 0 }} />
        <Text size="sm">
          {t('common.labelled', { label: t('ticket.timeSpent') })}{' '}
          <Text span fw={600} ff="monospace" role="timer" aria-live="off" data-testid="time-spent">
            {format.clock(timeSpent ?? ticket.timeSpentSeconds)}
          </Text>
        </Text>
      </Group>
      <address style={{ fontStyle: 'normal' }}>
        <Group gap={6} wrap="nowrap">
          <IconMapPin size={16} stroke={1.6} aria-hidden="true" style={{ flexShrink: 0 }} />
          <Text fw={600}>{property?.name ?? t('ticket.placeUnknown')}</Text>
        </Group>
        {property && <Text size="sm">{property.addressLine}</Text>}
        {property && (
          <Text size="sm">
            {property.postalCode} {property.city}
          </Text>
        )}
        {unit && (
          <Text size="sm">
            {t('ticket.unit')} {unit.reference}
            {unit.floor ? ` — ${unit.floor}` : ''}
          </Text>
        )}
      </address>
      <EditableText number={ticket.number} field="subject" value={ticket.subject} label={t('fields.subject')} editable={editable}>
        <Text fw={700} size="lg" data-testid="ticket-subject">
          {ticket.subject}
        </Text>
      </EditableText>
      <EditableText number={ticket.number} field="description" value={ticket.description} label={t('fields.description')} editable={editable} multiline>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="ticket-description">
          {ticket.description || t('ticket.noDescription')}
        </Text>
      </EditableText>
      {ticket.originalDescription && (
        <div>
          <Text size="sm" fw={600}>
            {t('fields.originalDescription')}
          </Text>
          <Spoiler maxHeight={60} showLabel={t('common.showMore')} hideLabel={t('common.showLess')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {ticket.originalDescription}
            </Text>
          </Spoiler>
        </div>
      )}
      {ticket.category && (
        <Text size="sm">
          {t('common.labelled', { label: t('fields.category') })} {ticket.category.name}
          {categoryFields.length > 0 &&
            ` (${categoryFields.map(([key, value]) => `${t('common.labelled', { label: fieldLabel(key) })} ${typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : String(value)}`).join(', ')})`}
        </Text>
      )}
    </Stack>
  );
}
