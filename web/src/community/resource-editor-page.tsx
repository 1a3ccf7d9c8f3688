// /bookings/resources/new and /bookings/resources/:id: a bookable room of a property — name, kind,
// description, open to bookings or not, its rules, who may book it (every resident of the property,
// or some units, narrowed by relation), and once it exists: its photos, the rooms it blocks (a
// hall and its halves), and its closed periods (closing cancels the bookings inside and tells each
// resident).
import { useState } from 'react';
import { Alert, Anchor, Button, FileButton, Group, Image, Loader, MultiSelect, Paper, Radio, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title, ActionIcon } from '@mantine/core';
import { IconArrowLeft, IconPhotoPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { api, apiRequest } from '../api.ts';
import { useProperties } from '../cockpit/shared/master-data.ts';
import { DEFAULT_RESOURCE_RULES, RESOURCE_KINDS, type ResourceKind, type ResourceRules } from '../../../src/domain/bookings/resource-rules.ts';
import type { Audience } from '../../../src/domain/community/audience.ts';
import { AudiencePicker } from './audience-picker.tsx';
import { ResourceRulesForm } from './resource-rules-form.tsx';
import { addDays, clockOf, dayLabel, dayOf, instantOf } from './booking-time.ts';
import { bookingError, type Resource } from './booking-types.ts';

interface Draft {
  propertyId: string | null;
  name: string;
  kind: ResourceKind;
  description: string;
  active: boolean;
  rules: ResourceRules;
  audience: Audience | null;
}

function Closures({ resource, timeZone, onChanged }: { resource: Resource; timeZone: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const tomorrow = addDays(dayOf(new Date(), timeZone), 1);
  const [from, setFrom] = useState(tomorrow);
  const [to, setTo] = useState(tomorrow);
  const [reason, setReason] = useState('');
  const [told, setTold] = useState<number | null>(null);
  const close = useMutation({
    mutationFn: () => api.post<{ cancelled: string[] }>(`/api/v1/resources/${resource.id}/closures`, { startsAt: instantOf(from, '00:00', timeZone), endsAt: instantOf(addDays(to, 1), '00:00', timeZone), reason: reason.trim() }),
    onSuccess: (answer) => {
      setTold(answer.cancelled.length);
      setReason('');
      onChanged();
    },
  });
  const reopen = useMutation({ mutationFn: (id: string) => api.delete(`/api/v1/resources/${resource.id}/closures/${id}`), onSuccess: onChanged });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('bookings.closures.title')}</Title>
        <Text size="sm" c="dimmed">{t('bookings.closures.help')}</Text>
        {resource.closures.length === 0 && <Text size="sm">{t('bookings.closures.none')}</Text>}
        {resource.closures.map((c) => (
          <Group key={c.id} justify="space-between">
            <Text size="sm">
              {dayLabel(dayOf(c.startsAt, timeZone), i18n.language)} {clockOf(c.startsAt, timeZone)} → {dayLabel(dayOf(c.endsAt, timeZone), i18n.language)} {clockOf(c.endsAt, timeZone)}
              {c.reason ? ` · ${c.reason}` : ''}
            </Text>
            <Button size="xs" variant="subtle" onClick={() => reopen.mutate(c.id)}>{t('bookings.closures.reopen')}</Button>
          </Group>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" label={t('bookings.closures.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('bookings.closures.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
          <TextInput label={t('bookings.closures.reason')} required value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        </SimpleGrid>
        {close.error && <Alert color="red">{bookingError(t, close.error)}</Alert>}
        {told !== null && <Alert color="teal">{t('bookings.closures.done', { count: told })}</Alert>}
        <Group justify="flex-end">
          <Button color="red" variant="light" disabled={!reason.trim() || !from || !to || to < from} loading={close.isPending} onClick={() => close.mutate()}>{t('bookings.closures.close')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Photos({ resource, onChanged }: { resource: Resource; onChanged: () => void }) {
  const { t } = useTranslation();
  const upload = useMutation({
    mutationFn: async (files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append('files', file);
      return apiRequest('POST', `/api/v1/resources/${resource.id}/photos`, form);
    },
    onSuccess: onChanged,
  });
  const remove = useMutation({ mutationFn: (id: string) => api.delete(`/api/v1/resources/${resource.id}/photos/${id}`), onSuccess: onChanged });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>{t('bookings.photos.title')}</Title>
          <FileButton onChange={(files) => files.length > 0 && upload.mutate(files)} accept="image/*" multiple>
            {(props) => <Button {...props} size="xs" variant="light" leftSection={<IconPhotoPlus size={14} />} loading={upload.isPending}>{t('bookings.photos.add')}</Button>}
          </FileButton>
        </Group>
        {upload.error && <Alert color="red">{bookingError(t, upload.error)}</Alert>}
        {resource.photos.length === 0 ? <Text size="sm" c="dimmed">{t('bookings.photos.none')}</Text> : (
          <Group gap="sm">
            {resource.photos.map((p) => (
              <Stack key={p.id} gap={2} align="center">
                <Image src={p.url} alt={p.filename} h={90} w="auto" radius="sm" />
                <ActionIcon variant="subtle" color="gray" aria-label={t('bookings.photos.remove', { name: p.filename })} onClick={() => remove.mutate(p.id)}><IconTrash size={14} /></ActionIcon>
              </Stack>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Links({ resource, others, onChanged }: { resource: Resource; others: Resource[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [blocks, setBlocks] = useState(resource.blocks);
  const save = useMutation({ mutationFn: () => apiRequest('PUT', `/api/v1/resources/${resource.id}/links`, { blocks }), onSuccess: onChanged });
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>{t('bookings.links.title')}</Title>
        <Text size="sm" c="dimmed">{t('bookings.links.help')}</Text>
        <MultiSelect label={t('bookings.links.blocks')} data={others.map((o) => ({ value: o.id, label: o.name }))} value={blocks} onChange={setBlocks} />
        {save.error && <Alert color="red">{bookingError(t, save.error)}</Alert>}
        <Group justify="flex-end"><Button size="xs" variant="light" loading={save.isPending} onClick={() => save.mutate()}>{t('bookings.links.save')}</Button></Group>
      </Stack>
    </Paper>
  );
}

function Editor({ resource, initialPropertyId }: { resource?: Resource; initialPropertyId: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const queryClient = useQueryClient();
  const properties = useProperties();
  const [draft, setDraft] = useState<Draft>(() => ({
    propertyId: resource?.propertyId ?? initialPropertyId, name: resource?.name ?? '', kind: resource?.kind ?? 'common_room', description: resource?.description ?? '',
    active: resource?.active ?? true, rules: resource?.rules ?? DEFAULT_RESOURCE_RULES, audience: resource?.audience ?? null,
  }));
  const all = useQuery({ queryKey: ['resources', 'all'], queryFn: () => api.get<{ items: Resource[]; timeZone: string }>('/api/v1/resources') });
  const timeZone = all.data?.timeZone ?? 'Europe/Paris';
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: ['resources'] });
    if (resource) await queryClient.invalidateQueries({ queryKey: ['resource', resource.id] });
  };
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  const audienceBody = (audience: Audience | null): Audience | null => {
    if (!audience) return null;
    const unitIds = audience.unitIds ?? [];
    return { ...(unitIds.length > 0 ? { unitIds } : { propertyIds: [draft.propertyId!] }), ...(audience.relations?.length ? { relations: audience.relations } : {}) };
  };
  const save = useMutation({
    mutationFn: async () => {
      const body = { name: draft.name.trim(), kind: draft.kind, description: draft.description, active: draft.active, rules: draft.rules, audience: audienceBody(draft.audience) };
      return resource ? api.patch<Resource>(`/api/v1/resources/${resource.id}`, body) : api.post<Resource>('/api/v1/resources', { ...body, propertyId: draft.propertyId });
    },
    onSuccess: async (saved) => {
      await refresh();
      if (!resource) navigate(`/bookings/resources/${saved.id}`);
    },
  });
  const others = (all.data?.items ?? []).filter((r) => r.propertyId === draft.propertyId && r.id !== resource?.id);

  return (
    <Stack gap="md" maw={960}>
      <Anchor component={Link} href={`/bookings/resources${draft.propertyId ? `?propertyId=${draft.propertyId}` : ''}`} size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('bookings.resources')}</Group></Anchor>
      <Title order={2} id="page-title">{resource ? resource.name : t('bookings.newResource')}</Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('bookings.fields.property')} required disabled={!!resource} data={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))} value={draft.propertyId} onChange={(propertyId) => set({ propertyId, audience: null })} searchable />
            <TextInput label={t('bookings.fields.name')} required value={draft.name} onChange={(e) => set({ name: e.currentTarget.value })} />
            <Select label={t('bookings.fields.kind')} data={RESOURCE_KINDS.map((k) => ({ value: k, label: t(`bookings.kinds.${k}`) }))} value={draft.kind} onChange={(kind) => kind && set({ kind: kind as ResourceKind })} allowDeselect={false} />
            <Switch mt="xl" label={t('bookings.fields.activeLabel')} checked={draft.active} onChange={(e) => set({ active: e.currentTarget.checked })} />
          </SimpleGrid>
          <Textarea label={t('bookings.fields.description')} autosize minRows={2} value={draft.description} onChange={(e) => set({ description: e.currentTarget.value })} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('bookings.rules.title')}</Title>
          <ResourceRulesForm value={draft.rules} onChange={(rules) => set({ rules })} />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={4}>{t('bookings.audience.title')}</Title>
          <Radio.Group value={draft.audience ? 'some' : 'all'} onChange={(v) => set({ audience: v === 'all' ? null : { unitIds: [], relations: [] } })}>
            <Stack gap={6}>
              <Radio value="all" label={t('bookings.audience.all')} />
              <Radio value="some" label={t('bookings.audience.some')} />
            </Stack>
          </Radio.Group>
          {draft.audience && draft.propertyId && <AudiencePicker value={draft.audience} onChange={(audience) => set({ audience })} withinProperty={draft.propertyId} />}
        </Stack>
      </Paper>
      {save.error && <Alert color="red">{bookingError(t, save.error)}</Alert>}
      {save.isSuccess && resource && <Alert color="teal">{t('bookings.saved')}</Alert>}
      <Group justify="flex-end">
        <Button loading={save.isPending} disabled={!draft.propertyId || !draft.name.trim()} onClick={() => save.mutate()}>{t('bookings.save')}</Button>
      </Group>
      {resource && (
        <>
          <Photos resource={resource} onChanged={() => void refresh()} />
          <Links key={resource.blocks.join()} resource={resource} others={others} onChanged={() => void refresh()} />
          <Closures resource={resource} timeZone={timeZone} onChanged={() => void refresh()} />
        </>
      )}
    </Stack>
  );
}

export default function ResourceEditorPage({ params }: { params: { id: string } }) {
  const { t } = useTranslation();
  const initialPropertyId = new URLSearchParams(useSearch()).get('propertyId');
  const isNew = params.id === 'new';
  const query = useQuery({ queryKey: ['resource', params.id], queryFn: () => api.get<Resource>(`/api/v1/resources/${params.id}`), enabled: !isNew });
  if (isNew) return <Editor initialPropertyId={initialPropertyId} />;
  if (query.isLoading) return <Loader aria-label={t('app.loading')} />;
  if (query.error) return <Alert color="red">{bookingError(t, query.error)}</Alert>;
  return <Editor key={query.data!.id} resource={query.data!} initialPropertyId={null} />;
}
