// The residents, dense: person (emails, phones), places, portal state, invited on, last sign-in,
// reminders sent, and the row's actions.
import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { PortalStateBadge } from './portal-state-badge.tsx';
import { ResidentRowActions } from './resident-row-actions.tsx';
import type { ResidentRow } from './resident-types.ts';

interface Props {
  rows: ResidentRow[];
  canAct: boolean;
  canPreview: boolean;
  onResult: (result: { ok: boolean; message: string }) => void;
}

/** The table. */
export function ResidentsTable({ rows, canAct, canPreview, onResult }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table striped highlightOnHover verticalSpacing={4} fz="sm" data-testid="residents-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.residents.person')}</Table.Th>
            <Table.Th scope="col">{t('admin.residents.places')}</Table.Th>
            <Table.Th scope="col">{t('admin.residents.state')}</Table.Th>
            <Table.Th scope="col">{t('admin.residents.invitedAt')}</Table.Th>
            <Table.Th scope="col">{t('admin.residents.lastSignInAt')}</Table.Th>
            <Table.Th scope="col">{t('admin.residents.remindersSent')}</Table.Th>
            <Table.Th scope="col">
              <Text component="span" size="sm" fw={700}>
                {t('admin.common.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.personId} data-person={row.personId} data-state={row.state}>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={600}>
                  {row.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {[...row.emails, ...row.phones].join(' · ') || t('admin.residents.noContact')}
                </Text>
              </Table.Th>
              <Table.Td>
                <Stack gap={0}>
                  {row.places.map((place, i) => (
                    <Text size="xs" key={i}>
                      {[place.propertyName, place.unitReference, t(`codes.relation.${place.relation}`, { defaultValue: place.relation })].filter(Boolean).join(' · ')}
                    </Text>
                  ))}
                  {row.places.length === 0 && (
                    <Text size="xs" c="dimmed">
                      {t('admin.residents.noPlace')}
                    </Text>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <PortalStateBadge state={row.state} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.invitedAt ? format.date(row.invitedAt) : '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.lastSignInAt ? format.dateTime(row.lastSignInAt) : '—'}</Table.Td>
              <Table.Td>{format.number(row.remindersSent)}</Table.Td>
              <Table.Td>
                <ResidentRowActions row={row} canAct={canAct} canPreview={canPreview} onResult={onResult} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
