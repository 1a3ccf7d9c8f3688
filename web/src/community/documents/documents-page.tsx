// /documents: the agency's documents. "Dossiers": one place at a time (the agency or a property
// with its units' and tenancies' folders) as a tree, a folder open beside it. "Espace
// copropriétaires": a co-ownership's legal space (décret 2019-502), its three sections and its
// checklist. "Contrôle légal": every co-ownership with how many legal documents it lacks.
import { useState } from 'react';
import { Badge, Button, Grid, Group, Modal, NavLink, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { IconFolder, IconFolderPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useFormat } from '../../i18n/format.ts';
import { useAllUnits, usePersons, useProperties } from '../../cockpit/shared/master-data.ts';
import { FolderPanel, useRefreshDocuments } from './folder-panel.tsx';
import { LegalSpacePanel, ChecklistTable } from './legal-space-panel.tsx';
import { useFolders, type DocumentFolder } from './document-api.ts';

export default function DocumentsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('folders');
  const [coownership, setCoownership] = useState<string | null>(null);
  return (
    <Stack gap="md">
      <Title order={2} id="page-title">{t('documentSpace.title')}</Title>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="folders">{t('documentSpace.tabs.folders')}</Tabs.Tab>
          <Tabs.Tab value="legal">{t('documentSpace.tabs.legal')}</Tabs.Tab>
          <Tabs.Tab value="checklist">{t('documentSpace.tabs.checklist')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="folders" pt="md"><FoldersView /></Tabs.Panel>
        <Tabs.Panel value="legal" pt="md"><LegalSpacePanel propertyId={coownership} onProperty={setCoownership} /></Tabs.Panel>
        <Tabs.Panel value="checklist" pt="md">
          <ChecklistTable onOpen={(id) => { setCoownership(id); setTab('legal'); }} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function FoldersView() {
  const { t } = useTranslation();
  const properties = useProperties();
  const [place, setPlace] = useState<string>('agency');
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const folders = useFolders(place);
  const places = [{ value: 'agency', label: t('documentSpace.places.agency') }, ...(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))];
  const byParent = new Map<string | null, DocumentFolder[]>();
  for (const f of folders.data ?? []) {
    const parent = f.parentId && (folders.data ?? []).some((p) => p.id === f.parentId) ? f.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), f]);
  }
  const tree = (parent: string | null) =>
    (byParent.get(parent) ?? []).map((f) => (
      <NavLink key={f.id} component="button" leftSection={<IconFolder size={16} />} active={open === f.id} onClick={() => setOpen(f.id)} defaultOpened disableRightSectionRotation
        label={<Group gap={6} wrap="nowrap"><Text size="sm" truncate>{f.name}</Text>{f.legalSection && <Badge size="xs" variant="light" color="gray">{t('documentSpace.legal.badge')}</Badge>}</Group>}
        rightSection={<Text size="xs" c="dimmed">{f.documentCount ?? 0}</Text>}>
        {byParent.has(f.id) ? tree(f.id) : undefined}
      </NavLink>
    ));

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="xs">
          <Select label={t('documentSpace.places.label')} data={places} value={place} onChange={(v) => { setPlace(v ?? 'agency'); setOpen(null); }} searchable allowDeselect={false} />
          <Button size="xs" variant="default" leftSection={<IconFolderPlus size={14} />} onClick={() => setCreating(true)}>{t('documentSpace.folders.new')}</Button>
          {(folders.data ?? []).length === 0 && !folders.isLoading ? <Text size="sm" c="dimmed">{t('documentSpace.folders.none')}</Text> : <div role="group" aria-label={t('documentSpace.folders.tree')}>{tree(null)}</div>}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }}>
        {open ? <FolderPanel key={open} folderId={open} onDeleted={() => setOpen(null)} /> : <Text c="dimmed" size="sm">{t('documentSpace.folders.pick')}</Text>}
      </Grid.Col>
      {creating && <NewFolderModal place={place} parent={open} onClose={() => setCreating(false)} onCreated={setOpen} />}
    </Grid>
  );
}

/** A folder under the one open, or at the place's top: the property itself or one of its units. */
function NewFolderModal({ place, parent, onClose, onCreated }: { place: string; parent: string | null; onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const units = useAllUnits();
  const persons = usePersons();
  const format = useFormat();
  const refresh = useRefreshDocuments();
  const [relationId, setRelationId] = useState<string | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [under, setUnder] = useState<string>(parent ? 'parent' : 'top');
  const [unitId, setUnitId] = useState<string | null>(null);
  const unitOptions = (units.data ?? []).filter((u) => u.propertyId === place).map((u) => ({ value: u.id, label: u.reference }));
  const unitRef = new Map((units.data ?? []).map((u) => [u.id, u.reference]));
  // A tenancy or an ownership period at this property: a person's relation to one of its units.
  const relationOptions = (persons.data ?? []).flatMap((p) => p.relations
    .filter((r) => r.propertyId === place && ['tenant', 'owner', 'co_owner'].includes(r.kind))
    .map((r) => ({ value: r.id, label: t('documentSpace.folders.relationLabel', { name: p.name, unit: unitRef.get(r.unitId ?? '') ?? '', kind: t(`documentSpace.folders.kinds.${r.kind}`) }) + (r.endsOn ? ` (${t('documentSpace.folders.until', { date: format.calendarDate(r.endsOn) })})` : '') })));
  const kindOf = new Map((persons.data ?? []).flatMap((p) => p.relations.map((r) => [r.id, r.kind])));
  const personOptions = (persons.data ?? []).filter((p) => p.relations.some((r) => r.propertyId === place)).map((p) => ({ value: p.id, label: p.name }));
  const create = useMutation({
    mutationFn: () => {
      const base = { name: name.trim() };
      if (under === 'parent' && parent) return api.post<DocumentFolder>('/api/v1/documents/folders', { ...base, parentId: parent });
      if (place === 'agency') return api.post<DocumentFolder>('/api/v1/documents/folders', { ...base, scope: 'agency', audience: null });
      if (under === 'unit' && unitId) return api.post<DocumentFolder>('/api/v1/documents/folders', { ...base, scope: 'unit', unitId, audience: { unitIds: [unitId] } });
      if (under === 'relation' && relationId) return api.post<DocumentFolder>('/api/v1/documents/folders', { ...base, scope: kindOf.get(relationId) === 'tenant' ? 'tenancy' : 'ownership', relationId });
      if (under === 'person' && personId) return api.post<DocumentFolder>('/api/v1/documents/folders', { ...base, scope: 'person', personId, propertyId: place });
      return api.post<DocumentFolder>('/api/v1/documents/folders', { ...base, scope: 'property', propertyId: place, audience: { propertyIds: [place] } });
    },
    onSuccess: async (folder) => {
      await refresh();
      onCreated(folder.id);
      onClose();
    },
  });
  const options = [
    ...(parent ? [{ value: 'parent', label: t('documentSpace.folders.underOpen') }] : []),
    { value: 'top', label: place === 'agency' ? t('documentSpace.places.agency') : t('documentSpace.folders.property') },
    ...(place !== 'agency' ? [
      { value: 'unit', label: t('documentSpace.folders.unit') },
      { value: 'relation', label: t('documentSpace.folders.relation') },
      { value: 'person', label: t('documentSpace.folders.person') },
    ] : []),
  ];
  return (
    <Modal opened onClose={onClose} title={t('documentSpace.folders.new')}>
      <Stack>
        <TextInput label={t('documentSpace.folders.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus />
        <Select label={t('documentSpace.folders.where')} data={options} value={under} onChange={(v) => v && setUnder(v)} allowDeselect={false} />
        {under === 'unit' && <Select label={t('documentSpace.folders.unit')} data={unitOptions} value={unitId} onChange={setUnitId} searchable />}
        {under === 'relation' && <Select label={t('documentSpace.folders.relation')} data={relationOptions} value={relationId} onChange={setRelationId} searchable />}
        {under === 'person' && <Select label={t('documentSpace.folders.person')} data={personOptions} value={personId} onChange={setPersonId} searchable />}
        <Text size="xs" c="dimmed">{t(under === 'relation' || under === 'person' ? 'documentSpace.folders.personalHelp' : place === 'agency' && under !== 'parent' ? 'documentSpace.folders.agencyHelp' : 'documentSpace.folders.audienceHelp')}</Text>
        {create.error && <Text c="red.8" size="sm">{errorMessage(t, create.error)}</Text>}
        <Group justify="end"><Button onClick={() => create.mutate()} loading={create.isPending} disabled={!name.trim() || (under === 'unit' && !unitId) || (under === 'relation' && !relationId) || (under === 'person' && !personId)}>{t('documentSpace.folders.create')}</Button></Group>
      </Stack>
    </Modal>
  );
}
