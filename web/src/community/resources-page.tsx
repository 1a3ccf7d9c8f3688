// /bookings/resources: the bookable rooms of a property (or all), with their kind, how they are
// booked, and whether they are open to bookings; "Nouvelle ressource" opens the editor.
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearch } from 'wouter';
import { api } from '../api.ts';
import { useProperties } from '../cockpit/shared/master-data.ts';
import { STATE_TEXT, type Resource } from './booking-types.ts';

export default function ResourcesPage() {
  const { t } = useTranslation();
  const properties = useProperties();
  const search = useSearch();
  const [propertyId, setPropertyId] = useState<string | null>(() => new URLSearchParams(search).get('propertyId'));
  const list = useQuery({
    queryKey: ['resources', propertyId ?? 'all'],
    queryFn: () => api.get<{ items: Resource[] }>(`/api/v1/resources${propertyId ? `?propertyId=${propertyId}` : ''}`),
  });
  const propertyName = new Map((properties.data ?? []).map((p) => [p.id, p.name]));
  return (
    <Stack gap="md">
      <Anchor component={Link} href="/bookings" size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('bookings.title')}</Group></Anchor>
      <Group justify="space-between">
        <Title order={2} id="page-title">{t('bookings.resources')}</Title>
        <Button component={Link} href={`/bookings/resources/new${propertyId ? `?propertyId=${propertyId}` : ''}`} leftSection={<IconPlus size={16} />}>{t('bookings.newResource')}</Button>
      </Group>
      <Select label={t('bookings.fields.property')} placeholder={t('bookings.allProperties')} clearable data={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))} value={propertyId} onChange={setPropertyId} w={280} />
      {list.data && list.data.items.length === 0 ? (
        <Text c="dimmed">{t('bookings.noResources')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped highlightOnHover verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('bookings.fields.name')}</Table.Th>
                <Table.Th>{t('bookings.fields.property')}</Table.Th>
                <Table.Th>{t('bookings.fields.kind')}</Table.Th>
                <Table.Th>{t('bookings.rules.approval')}</Table.Th>
                <Table.Th>{t('bookings.fields.active')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data?.items ?? []).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td><Anchor component={Link} href={`/bookings/resources/${r.id}`}>{r.name}</Anchor></Table.Td>
                  <Table.Td>{propertyName.get(r.propertyId) ?? ''}</Table.Td>
                  <Table.Td>{t(`bookings.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td>{t(`bookings.approvals.${r.rules.approval}`)}</Table.Td>
                  <Table.Td>{r.active ? <Badge color="teal" variant="light" c={STATE_TEXT.confirmed}>{t('bookings.open')}</Badge> : <Badge color="gray" variant="light">{t('bookings.inactive')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
