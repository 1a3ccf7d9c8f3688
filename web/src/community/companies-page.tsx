// /companies: the agency's tenant companies with their premises and how many employees; "Nouvelle
// entreprise" adds one (name, registration number, premises) and opens it.
import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconBuildingSkyscraper, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api } from '../api.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useProperties, useUnits } from '../cockpit/shared/master-data.ts';
import type { CompanyDetailAnswer, CompanyListItemAnswer } from '../../../src/http/answers.ts';

/** The premises chooser: a property, then optionally one of its units. */
export function PremisesFields({ propertyId, unitId, onChange }: { propertyId: string | null; unitId: string | null; onChange: (premises: { propertyId: string | null; unitId: string | null }) => void }) {
  const { t } = useTranslation();
  const properties = useProperties();
  const units = useUnits(propertyId);
  return (
    <Group grow align="start">
      <Select
        label={t('companies.fields.property')}
        searchable
        clearable
        data={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={propertyId}
        onChange={(value) => onChange({ propertyId: value, unitId: null })}
      />
      <Select
        label={t('companies.fields.unit')}
        searchable
        clearable
        disabled={!propertyId}
        data={(units.data ?? []).map((u) => ({ value: u.id, label: u.reference }))}
        value={unitId}
        onChange={(value) => onChange({ propertyId, unitId: value })}
      />
    </Group>
  );
}

function NewCompany({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [name, setName] = useState('');
  const [registrationNumber, setRegistrationNumber] = useState('');
  const [premises, setPremises] = useState<{ propertyId: string | null; unitId: string | null }>({ propertyId: null, unitId: null });
  const create = useMutation({
    mutationFn: () => api.post<CompanyDetailAnswer>('/api/v1/companies', { name: name.trim(), registrationNumber: registrationNumber.trim() || null, ...premises }),
    onSuccess: (answer) => navigate(`/companies/${answer.company.id}`),
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('companies.new')} size="lg">
      <form onSubmit={(e) => { e.preventDefault(); create.mutate(); }}>
        <Stack gap="sm">
          <TextInput label={t('companies.fields.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          <TextInput label={t('companies.fields.registrationNumber')} value={registrationNumber} onChange={(e) => setRegistrationNumber(e.currentTarget.value)} />
          <PremisesFields {...premises} onChange={setPremises} />
          <Text size="xs" c="dimmed">{t('companies.premisesHelp')}</Text>
          {create.isError && <Alert color="red">{errorMessage(t, create.error)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={create.isPending} disabled={!name.trim()}>{t('companies.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export default function CompaniesPage() {
  const { t } = useTranslation();
  const [words, setWords] = useState('');
  const [q] = useDebouncedValue(words.trim(), 300);
  const [opened, { open, close }] = useDisclosure(false);
  const list = useQuery({ queryKey: ['companies', q], queryFn: () => api.get<{ items: CompanyListItemAnswer[] }>(`/api/v1/companies${q ? `?q=${encodeURIComponent(q)}` : ''}`) });
  const items = list.data?.items ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} id="page-title">{t('companies.title')}</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={open}>{t('companies.new')}</Button>
      </Group>
      <TextInput label={t('companies.search')} value={words} onChange={(e) => setWords(e.currentTarget.value)} w={280} />
      {items.length === 0 && !list.isLoading ? (
        <Group gap="xs" c="dimmed"><IconBuildingSkyscraper size={18} aria-hidden="true" /><Text c="dimmed">{t('companies.empty')}</Text></Group>
      ) : (
        <Table striped highlightOnHover verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('companies.fields.name')}</Table.Th>
              <Table.Th>{t('companies.fields.premises')}</Table.Th>
              <Table.Th>{t('companies.fields.registrationNumber')}</Table.Th>
              <Table.Th>{t('companies.employees')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((company) => (
              <Table.Tr key={company.id}>
                <Table.Td><Anchor component={Link} href={`/companies/${company.id}`}>{company.name}</Anchor></Table.Td>
                <Table.Td>{company.propertyName ? [company.propertyName, company.unitReference].filter(Boolean).join(' – ') : <Text span c="dimmed">{t('companies.noPremises')}</Text>}</Table.Td>
                <Table.Td>{company.registrationNumber ?? ''}</Table.Td>
                <Table.Td>{company.memberCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NewCompany opened={opened} onClose={close} />
    </Stack>
  );
}
