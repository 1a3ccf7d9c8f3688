// A co-ownership's legal online space (décret 2019-502): pick a co-ownership managed as syndic,
// see its checklist, open one of its three sections (its folder made the first time) to upload
// into it. And the agency-wide list of co-ownerships with how many legal documents each lacks.
import { useState } from 'react';
import { Alert, Anchor, Card, Group, Select, SimpleGrid, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconAlertTriangle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { LEGAL_SECTIONS, type LegalSection } from '../../../../src/domain/community/documents.ts';
import { FolderPanel, useRefreshDocuments } from './folder-panel.tsx';
import { useChecklists, useLegalSpace, type ChecklistLine, type DocumentFolder } from './document-api.ts';

export function LegalSpacePanel({ propertyId, onProperty }: { propertyId: string | null; onProperty: (id: string | null) => void }) {
  const { t } = useTranslation();
  const checklists = useChecklists();
  const space = useLegalSpace(propertyId);
  const refresh = useRefreshDocuments();
  const [open, setOpen] = useState<{ property: string; folder: string } | null>(null);
  const openSection = useMutation({
    mutationFn: (section: LegalSection) => api.post<DocumentFolder>(`/api/v1/documents/legal-space/${propertyId}/${section}`),
    onSuccess: async (folder) => {
      await refresh();
      setOpen({ property: propertyId!, folder: folder.id });
    },
  });
  const openFolder = open && open.property === propertyId ? open.folder : null;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">{t('documentSpace.legal.intro')}</Text>
      <Select label={t('documentSpace.legal.coownership')} placeholder={t('documentSpace.legal.pick')} data={(checklists.data ?? []).map((c) => ({ value: c.property.id, label: c.property.name }))}
        value={propertyId} onChange={onProperty} searchable w={360} />
      {space.data && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {LEGAL_SECTIONS.map((section) => {
              const entry = space.data.sections.find((s) => s.section === section)!;
              const active = openFolder !== null && entry.folder?.id === openFolder;
              return (
                <UnstyledButton key={section} onClick={() => openSection.mutate(section)} aria-pressed={active}>
                  <Card withBorder padding="sm" style={active ? { borderColor: 'var(--mantine-color-blue-6)' } : undefined}>
                    <Text fw={600} size="sm">{t(`documentSpace.legal.sections.${section}`)}</Text>
                    <Text size="xs" c="dimmed">{t(`documentSpace.legal.sectionHelp.${section}`)}</Text>
                    <Text size="xs" mt={4}>{entry.folder ? t('documentSpace.legal.documents', { count: entry.folders.reduce((n, f) => n + (f.documentCount ?? 0), 0) }) : t('documentSpace.legal.notYet')}</Text>
                  </Card>
                </UnstyledButton>
              );
            })}
          </SimpleGrid>
          {openSection.error && <Alert color="red">{errorMessage(t, openSection.error)}</Alert>}
          <Checklist lines={space.data.checklist} />
          {openFolder && <FolderPanel key={openFolder} folderId={openFolder} onDeleted={() => setOpen(null)} />}
        </>
      )}
    </Stack>
  );
}

function Checklist({ lines }: { lines: ChecklistLine[] }) {
  const { t } = useTranslation();
  const missing = lines.filter((l) => l.missing !== null);
  return (
    <Stack gap={4} data-testid="legal-checklist">
      <Text fw={600} size="sm">{missing.length === 0 ? t('documentSpace.legal.complete') : t('documentSpace.legal.missingCount', { count: missing.length })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing={4} verticalSpacing={2}>
        {lines.map((line) => (
          <Group key={line.documentType} gap={6} wrap="nowrap">
            {line.missing ? <IconAlertTriangle size={16} color="var(--mantine-color-orange-8)" aria-hidden /> : <IconCheck size={16} color="var(--mantine-color-green-8)" aria-hidden />}
            <Text size="sm">
              {t(`documentSpace.types.${line.documentType}`)}
              {line.missing && <Text span size="sm" fw={600} c="red.9">{` · ${t(`documentSpace.legal.missing.${line.missing}`, { present: line.present, required: line.required })}`}</Text>}
            </Text>
          </Group>
        ))}
      </SimpleGrid>
    </Stack>
  );
}

export function ChecklistTable({ onOpen }: { onOpen: (propertyId: string) => void }) {
  const { t } = useTranslation();
  const checklists = useChecklists();
  if ((checklists.data ?? []).length === 0) return <Text c="dimmed" size="sm">{t('documentSpace.legal.noCoownership')}</Text>;
  return (
    <Table verticalSpacing={4} maw={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('documentSpace.legal.coownership')}</Table.Th>
          <Table.Th>{t('documentSpace.legal.missingTitle')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(checklists.data ?? []).map((c) => (
          <Table.Tr key={c.property.id}>
            <Table.Td><Anchor component="button" onClick={() => onOpen(c.property.id)}>{c.property.name}</Anchor></Table.Td>
            <Table.Td>
              <Text size="sm" fw={c.missing === 0 ? 400 : 600} c={c.missing === 0 ? 'green.9' : 'red.9'}>{c.missing === 0 ? t('documentSpace.legal.complete') : t('documentSpace.legal.missingCount', { count: c.missing })}</Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
