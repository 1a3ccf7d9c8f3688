// One folder of documents: who sees it (its audience, changed here), files dropped or picked to
// upload (several at once, each with its title and type before sending), and its documents with
// their download, change, move, download log and delete.
import { useState } from 'react';
import { ActionIcon, Alert, Anchor, Badge, Button, Checkbox, Group, Menu, Modal, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import '@mantine/dropzone/styles.css';
import { IconDots, IconDownload, IconFileUpload, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useFormat } from '../../i18n/format.ts';
import { AudiencePicker } from '../audience-picker.tsx';
import { usePersons } from '../../cockpit/shared/master-data.ts';
import type { Audience } from '../../../../src/domain/community/audience.ts';
import { DOCUMENT_TYPE_CODES, legalTypes, type LegalSection } from '../../../../src/domain/community/documents.ts';
import { DOCUMENT_KEYS, useFolder, useFolders, type Download, type DocumentFolder, type StaffDocument } from './document-api.ts';

interface Pending {
  file: File;
  title: string;
  documentType: string;
  /** For one person alone (each owner's section of the legal space). */
  personId: string | null;
}

const titleOf = (filename: string) => filename.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/_+/g, ' ').trim() || filename;

export function useRefreshDocuments() {
  const queryClient = useQueryClient();
  return async () => {
    for (const queryKey of DOCUMENT_KEYS) await queryClient.invalidateQueries({ queryKey });
  };
}

/** The types offered in a folder: its legal section's first, then the others. */
function typeOptions(t: (key: string) => string, section: LegalSection | null) {
  const first = section ? legalTypes(section) : [];
  const codes = [...first, ...DOCUMENT_TYPE_CODES.filter((c) => !first.includes(c))];
  return codes.map((code) => ({ value: code, label: t(`documentSpace.types.${code}`) }));
}

export function FolderPanel({ folderId, onDeleted }: { folderId: string; onDeleted?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const folder = useFolder(folderId);
  const refresh = useRefreshDocuments();
  const [pending, setPending] = useState<Pending[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [audienceOpen, setAudienceOpen] = useState(false);
  const [editing, setEditing] = useState<StaffDocument | null>(null);
  const [logOf, setLogOf] = useState<StaffDocument | null>(null);
  const persons = usePersons();
  const section = folder.data?.folder.legalSection ?? null;
  const types = typeOptions(t, section);
  const defaultType = types[section ? 0 : types.findIndex((o) => o.value === 'other')]!.value;

  const upload = useMutation({
    mutationFn: async () => {
      const form = new FormData();
      form.append('items', JSON.stringify(pending.map((p) => ({ title: p.title.trim() || titleOf(p.file.name), documentType: p.documentType, ...(p.personId ? { personId: p.personId } : {}) }))));
      for (const p of pending) form.append('files', p.file, p.file.name);
      await api.post(`/api/v1/documents/folders/${folderId}/documents`, form);
    },
    onSuccess: async () => {
      setPending([]);
      setProblem(null);
      await refresh();
    },
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/api/v1/documents/${id}`),
    onSuccess: refresh,
    onError: (error) => setProblem(errorMessage(t, error)),
  });
  const removeFolder = useMutation({
    mutationFn: () => api.delete(`/api/v1/documents/folders/${folderId}`),
    onSuccess: async () => {
      await refresh();
      onDeleted?.();
    },
    onError: (error) => setProblem(errorMessage(t, error)),
  });

  if (!folder.data) return null;
  const { folder: current, documents } = folder.data;
  const personal = current.scope === 'tenancy' || current.scope === 'ownership' || current.scope === 'person';
  const add = (files: File[]) => setPending((list) => [...list, ...files.map((file) => ({ file, title: titleOf(file.name), documentType: defaultType, personId: null }))]);
  // In each owner's section a document names its owner: the property's co-owners and owners.
  const owners = section === 'each_owner'
    ? (persons.data ?? []).filter((p) => p.relations.some((r) => r.propertyId === current.propertyId && (r.kind === 'co_owner' || r.kind === 'owner'))).map((p) => ({ value: p.id, label: p.name }))
    : [];

  return (
    <Stack gap="sm" data-testid="folder-panel">
      <Group justify="space-between" align="start">
        <Stack gap={2}>
          <Title order={3}>{current.name}</Title>
          <Text size="sm" c="dimmed">{personal ? t('documentSpace.audience.personal') : audienceSummary(t, current.audience)}</Text>
        </Stack>
        <Group gap="xs">
          {!personal && <Button size="xs" variant="default" onClick={() => setAudienceOpen(true)}>{t('documentSpace.audience.change')}</Button>}
          <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => removeFolder.mutate()} disabled={documents.length > 0} title={documents.length > 0 ? t('documentSpace.folders.notEmpty') : undefined}>
            {t('documentSpace.folders.delete')}
          </Button>
        </Group>
      </Group>

      <Dropzone onDrop={add} multiple maxFiles={10} aria-label={t('documentSpace.upload.drop')} data-testid="document-dropzone">
        <Group justify="center" gap="sm" mih={72} style={{ pointerEvents: 'none' }}>
          <IconFileUpload size={28} stroke={1.5} />
          <Stack gap={0}>
            <Text size="sm" fw={500}>{t('documentSpace.upload.drop')}</Text>
            <Text size="xs" c="dimmed">{t('documentSpace.upload.help')}</Text>
          </Stack>
        </Group>
      </Dropzone>

      {pending.length > 0 && (
        <Stack gap={6} data-testid="pending-uploads">
          {pending.map((p, index) => (
            <Group key={`${p.file.name}-${index}`} gap="xs" wrap="nowrap" align="end">
              <TextInput label={index === 0 ? t('documentSpace.fields.title') : undefined} aria-label={t('documentSpace.fields.titleOf', { name: p.file.name })} value={p.title} style={{ flex: 2 }}
                onChange={(e) => { const value = e.currentTarget.value; setPending((list) => list.map((q, i) => (i === index ? { ...q, title: value } : q))); }} />
              <Select label={index === 0 ? t('documentSpace.fields.type') : undefined} aria-label={t('documentSpace.fields.typeOf', { name: p.file.name })} data={types} value={p.documentType} allowDeselect={false} searchable style={{ flex: 1 }}
                onChange={(value) => value && setPending((list) => list.map((q, i) => (i === index ? { ...q, documentType: value } : q)))} />
              {section === 'each_owner' && (
                <Select label={index === 0 ? t('documentSpace.fields.person') : undefined} aria-label={t('documentSpace.fields.personOf', { name: p.file.name })} data={owners} value={p.personId} searchable clearable style={{ flex: 1 }}
                  onChange={(value) => setPending((list) => list.map((q, i) => (i === index ? { ...q, personId: value } : q)))} />
              )}
              <ActionIcon variant="subtle" color="gray" aria-label={t('documentSpace.upload.removePending', { name: p.file.name })} onClick={() => setPending((list) => list.filter((_, i) => i !== index))} mb={4}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button onClick={() => upload.mutate()} loading={upload.isPending}>{t('documentSpace.upload.send', { count: pending.length })}</Button>
            <Button variant="subtle" onClick={() => setPending([])}>{t('common.cancel')}</Button>
          </Group>
        </Stack>
      )}
      {problem && <Alert color="red" role="alert">{problem}</Alert>}

      {documents.length === 0 ? (
        <Text c="dimmed" size="sm">{t('documentSpace.documents.none')}</Text>
      ) : (
        <Table verticalSpacing={4} data-testid="folder-documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('documentSpace.fields.title')}</Table.Th>
              <Table.Th>{t('documentSpace.fields.type')}</Table.Th>
              <Table.Th>{t('documentSpace.fields.date')}</Table.Th>
              <Table.Th>{t('documentSpace.fields.uploaded')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>
                  <Anchor href={d.url} target="_blank" rel="noreferrer">{d.title}</Anchor>
                  {d.personId && <Badge ml="xs" size="xs" variant="light" color="gray">{t('documentSpace.documents.personal')}</Badge>}
                  {d.audience && <Badge ml="xs" size="xs" variant="light" color="gray">{t('documentSpace.documents.ownAudience')}</Badge>}
                </Table.Td>
                <Table.Td>{t(`documentSpace.types.${d.documentType}`)}</Table.Td>
                <Table.Td>{d.documentDate ? format.calendarDate(d.documentDate) : '—'}</Table.Td>
                <Table.Td>{format.dateTime(d.createdAt)}</Table.Td>
                <Table.Td>
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={t('documentSpace.documents.actions', { title: d.title })}><IconDots size={16} /></ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item component="a" href={d.url} target="_blank" leftSection={<IconDownload size={14} />}>{t('documentSpace.documents.download')}</Menu.Item>
                      <Menu.Item onClick={() => setEditing(d)}>{t('documentSpace.documents.edit')}</Menu.Item>
                      <Menu.Item onClick={() => setLogOf(d)}>{t('documentSpace.documents.log')}</Menu.Item>
                      <Menu.Item color="red" onClick={() => window.confirm(t('documentSpace.documents.confirmDelete', { title: d.title })) && remove.mutate(d.id)}>{t('documentSpace.documents.delete')}</Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      {audienceOpen && <AudienceModal folder={current} onClose={() => setAudienceOpen(false)} />}
      {editing && <EditDocumentModal document={editing} types={types} place={current.scope === 'agency' ? 'agency' : current.propertyId} onClose={() => setEditing(null)} />}
      {logOf && <DownloadLogModal document={logOf} onClose={() => setLogOf(null)} />}
    </Stack>
  );
}

export function audienceSummary(t: (key: string, options?: Record<string, unknown>) => string, audience: Audience | null): string {
  if (!audience) return t('documentSpace.audience.staffOnly');
  const narrowed = (audience.relations ?? []).length > 0;
  if (audience.relations?.every((k) => k === 'council_member' || k === 'council_president')) return t('documentSpace.audience.council');
  if (narrowed && audience.relations!.every((k) => k === 'co_owner')) return t('documentSpace.audience.coOwners');
  return narrowed ? t('documentSpace.audience.narrowed') : t('documentSpace.audience.everyone');
}

function AudienceModal({ folder, onClose }: { folder: DocumentFolder; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshDocuments();
  const [staffOnly, setStaffOnly] = useState(folder.audience === null);
  const [audience, setAudience] = useState<Audience>(folder.audience ?? (folder.propertyId ? { propertyIds: [folder.propertyId] } : { agency: true }));
  const save = useMutation({
    mutationFn: () => api.patch(`/api/v1/documents/folders/${folder.id}`, { audience: staffOnly ? null : audience }),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('documentSpace.audience.change')} size="lg">
      <Stack>
        <Checkbox label={t('documentSpace.audience.staffOnly')} checked={staffOnly} onChange={(e) => setStaffOnly(e.currentTarget.checked)} />
        {!staffOnly && <AudiencePicker value={audience} onChange={setAudience} />}
        {save.error && <Alert color="red">{errorMessage(t, save.error)}</Alert>}
        <Group justify="end"><Button onClick={() => save.mutate()} loading={save.isPending}>{t('documentSpace.save')}</Button></Group>
      </Stack>
    </Modal>
  );
}

function EditDocumentModal({ document, types, place, onClose }: { document: StaffDocument; types: { value: string; label: string }[]; place: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshDocuments();
  const folders = useFolders(place);
  const [folderId, setFolderId] = useState(document.folderId);
  const [ownAudience, setOwnAudience] = useState(document.audience !== null);
  const [audience, setAudience] = useState<Audience>(document.audience ?? { agency: true });
  const [title, setTitle] = useState(document.title);
  const [documentType, setType] = useState(document.documentType);
  const [documentDate, setDate] = useState(document.documentDate ?? '');
  const save = useMutation({
    mutationFn: () => api.patch(`/api/v1/documents/${document.id}`, { title: title.trim(), documentType, documentDate: documentDate || null, audience: ownAudience ? audience : null, ...(folderId !== document.folderId ? { folderId } : {}) }),
    onSuccess: async () => {
      await refresh();
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('documentSpace.documents.edit')} size="lg">
      <Stack>
        <TextInput label={t('documentSpace.fields.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
        <Select label={t('documentSpace.fields.type')} data={types} value={documentType} onChange={(v) => v && setType(v)} allowDeselect={false} searchable />
        <TextInput type="date" label={t('documentSpace.fields.date')} value={documentDate} onChange={(e) => setDate(e.currentTarget.value)} />
        <Select label={t('documentSpace.documents.move')} data={(folders.data ?? []).map((f) => ({ value: f.id, label: f.name }))} value={folderId} onChange={(v) => v && setFolderId(v)} allowDeselect={false} searchable />
        {!document.personId && <Checkbox label={t('documentSpace.documents.ownAudienceHelp')} checked={ownAudience} onChange={(e) => setOwnAudience(e.currentTarget.checked)} />}
        {!document.personId && ownAudience && <AudiencePicker value={audience} onChange={setAudience} />}
        {save.error && <Alert color="red">{errorMessage(t, save.error)}</Alert>}
        <Group justify="end"><Button onClick={() => save.mutate()} loading={save.isPending} disabled={!title.trim()}>{t('documentSpace.save')}</Button></Group>
      </Stack>
    </Modal>
  );
}

function DownloadLogModal({ document, onClose }: { document: StaffDocument; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const log = useQuery({ queryKey: ['document-downloads', document.id], queryFn: async () => (await api.get<{ items: Download[] }>(`/api/v1/documents/${document.id}/downloads`)).items });
  return (
    <Modal opened onClose={onClose} title={t('documentSpace.documents.logOf', { title: document.title })}>
      {log.data?.length === 0 ? (
        <Text c="dimmed" size="sm">{t('documentSpace.documents.noDownload')}</Text>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {(log.data ?? []).map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td>{d.name}</Table.Td>
                <Table.Td><Badge size="xs" variant="light" color="gray">{t(`documentSpace.documents.who.${d.who}`)}</Badge></Table.Td>
                <Table.Td>{format.dateTime(d.downloadedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Modal>
  );
}
