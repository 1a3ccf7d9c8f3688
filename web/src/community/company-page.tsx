// /companies/:id: a tenant company — its name, registration number and premises (changed in
// place), its employees with their portal state (admin or not, removed), one added as a person of
// the agency or a new one, with the portal invitation or not; deleting a company no ticket names.
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Loader, SegmentedControl, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { api } from '../api.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { usePersons } from '../cockpit/shared/master-data.ts';
import { PremisesFields } from './companies-page.tsx';
import type { CompanyDetailAnswer } from '../../../src/http/answers.ts';

const STATE_COLOURS: Record<string, string> = { none: 'gray', invited: 'yellow', active: 'green', deactivated: 'red' };

function AddMember({ companyId, onDone }: { companyId: string; onDone: (answer: CompanyDetailAnswer) => void }) {
  const { t } = useTranslation();
  const persons = usePersons();
  const [mode, setMode] = useState<'existing' | 'new'>('new');
  const [personId, setPersonId] = useState<string | null>(null);
  const [person, setPerson] = useState({ name: '', email: '', phone: '' });
  const [isAdmin, setIsAdmin] = useState(false);
  const [invite, setInvite] = useState(true);
  const add = useMutation({
    mutationFn: () => api.post<CompanyDetailAnswer>(`/api/v1/companies/${companyId}/members`, {
      ...(mode === 'existing' ? { personId } : { person: { name: person.name.trim(), email: person.email.trim() || null, phone: person.phone.trim() || null } }),
      isAdmin, invite,
    }),
    onSuccess: (answer) => {
      setPerson({ name: '', email: '', phone: '' });
      setPersonId(null);
      onDone(answer);
    },
  });
  const ready = mode === 'existing' ? !!personId : !!person.name.trim();
  return (
    <form onSubmit={(e) => { e.preventDefault(); add.mutate(); }}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4}>{t('companies.addMember')}</Title>
          <SegmentedControl size="xs" value={mode} onChange={(v) => setMode(v as 'existing' | 'new')} data={[{ value: 'new', label: t('companies.newPerson') }, { value: 'existing', label: t('companies.existingPerson') }]} />
        </Group>
        {mode === 'existing' ? (
          <Select label={t('companies.person')} searchable data={(persons.data ?? []).map((p) => ({ value: p.id, label: p.name }))} value={personId} onChange={setPersonId} />
        ) : (
          <Group grow align="start">
            <TextInput label={t('companies.fields.personName')} required value={person.name} onChange={(e) => setPerson({ ...person, name: e.currentTarget.value })} />
            <TextInput label={t('companies.fields.email')} type="email" value={person.email} onChange={(e) => setPerson({ ...person, email: e.currentTarget.value })} />
            <TextInput label={t('companies.fields.phone')} type="tel" value={person.phone} onChange={(e) => setPerson({ ...person, phone: e.currentTarget.value })} />
          </Group>
        )}
        <Group>
          <Checkbox label={t('companies.asAdmin')} checked={isAdmin} onChange={(e) => setIsAdmin(e.currentTarget.checked)} />
          <Checkbox label={t('companies.sendInvitation')} checked={invite} onChange={(e) => setInvite(e.currentTarget.checked)} />
        </Group>
        {add.isError && <Alert color="red">{errorMessage(t, add.error)}</Alert>}
        <Group><Button type="submit" leftSection={<IconUserPlus size={16} />} loading={add.isPending} disabled={!ready}>{t('companies.add')}</Button></Group>
      </Stack>
    </form>
  );
}

function Company({ answer }: { answer: CompanyDetailAnswer }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const { company, members, ticketCount } = answer;
  const [fields, setFields] = useState({ name: company.name, registrationNumber: company.registrationNumber ?? '', propertyId: company.propertyId, unitId: company.unitId });
  const [saved, setSaved] = useState(false);
  const put = (next: CompanyDetailAnswer) => {
    queryClient.setQueryData(['company', company.id], next);
    void queryClient.invalidateQueries({ queryKey: ['companies'] });
  };
  const save = useMutation({
    mutationFn: () => api.patch<CompanyDetailAnswer>(`/api/v1/companies/${company.id}`, { name: fields.name.trim(), registrationNumber: fields.registrationNumber.trim() || null, propertyId: fields.propertyId, unitId: fields.unitId }),
    onSuccess: (next) => { put(next); setSaved(true); },
  });
  const member = useMutation({
    mutationFn: ({ personId, isAdmin }: { personId: string; isAdmin?: boolean }) =>
      isAdmin === undefined ? api.delete<CompanyDetailAnswer>(`/api/v1/companies/${company.id}/members/${personId}`) : api.patch<CompanyDetailAnswer>(`/api/v1/companies/${company.id}/members/${personId}`, { isAdmin }),
    onSuccess: put,
  });
  const remove = useMutation({
    mutationFn: () => api.delete(`/api/v1/companies/${company.id}`),
    onSuccess: async () => { await queryClient.invalidateQueries({ queryKey: ['companies'] }); navigate('/companies'); },
  });

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Stack gap={0}>
          <Anchor component={Link} href="/companies" size="sm">{t('companies.back')}</Anchor>
          <Title order={2} id="page-title">{company.name}</Title>
          <Text size="sm" c="dimmed">{t('companies.ticketCount', { count: ticketCount })}</Text>
        </Stack>
        <Button variant="default" color="red" leftSection={<IconTrash size={16} />} loading={remove.isPending} onClick={() => { if (window.confirm(t('companies.deleteQuestion', { name: company.name }))) remove.mutate(); }}>
          {t('companies.delete')}
        </Button>
      </Group>
      {remove.isError && <Alert color="red">{errorMessage(t, remove.error)}</Alert>}
      <form onSubmit={(e) => { e.preventDefault(); setSaved(false); save.mutate(); }}>
        <Stack gap="xs" maw={720}>
          <Group grow align="start">
            <TextInput label={t('companies.fields.name')} required value={fields.name} onChange={(e) => setFields({ ...fields, name: e.currentTarget.value })} />
            <TextInput label={t('companies.fields.registrationNumber')} value={fields.registrationNumber} onChange={(e) => setFields({ ...fields, registrationNumber: e.currentTarget.value })} />
          </Group>
          <PremisesFields propertyId={fields.propertyId} unitId={fields.unitId} onChange={(premises) => setFields({ ...fields, ...premises })} />
          <Text size="xs" c="dimmed">{t('companies.premisesHelp')}</Text>
          {save.isError && <Alert color="red">{errorMessage(t, save.error)}</Alert>}
          <Group>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
            {saved && <Text size="sm" c="green.8" role="status">{t('companies.saved')}</Text>}
          </Group>
        </Stack>
      </form>

      <Stack gap="xs">
        <Title order={3}>{t('companies.employees')}</Title>
        {members.length === 0 ? (
          <Text c="dimmed">{t('companies.noMembers')}</Text>
        ) : (
          <Table striped verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('companies.person')}</Table.Th>
                <Table.Th>{t('companies.fields.email')}</Table.Th>
                <Table.Th>{t('admin.residents.state')}</Table.Th>
                <Table.Th>{t('companies.admin')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.personId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.emails[0] ?? <Text span c="dimmed">{t('admin.residents.noContact')}</Text>}</Table.Td>
                  <Table.Td><Badge variant="light" color={STATE_COLOURS[m.portalStatus] ?? 'gray'}>{t(`admin.residents.states.${m.portalStatus}`, { defaultValue: m.portalStatus })}</Badge></Table.Td>
                  <Table.Td>
                    <Switch aria-label={t('companies.adminOf', { name: m.name })} checked={m.isAdmin} onChange={(e) => member.mutate({ personId: m.personId, isAdmin: e.currentTarget.checked })} />
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => member.mutate({ personId: m.personId })} aria-label={t('companies.removeOf', { name: m.name })}>
                      {t('companies.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {member.isError && <Alert color="red">{errorMessage(t, member.error)}</Alert>}
      </Stack>
      <AddMember companyId={company.id} onDone={put} />
    </Stack>
  );
}

export default function CompanyPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: ['company', params.id], queryFn: () => api.get<CompanyDetailAnswer>(`/api/v1/companies/${params.id}`) });
  if (query.isLoading) return <Loader />;
  if (query.isError || !query.data) return <Alert color="red">{errorMessage(t, query.error)}</Alert>;
  return <Company key={query.data.company.id} answer={query.data} />;
}
