// The agency's default attachments (the seed's "pièce jointe par défaut"): files sent with every
// first request to a contractor, the work order or the quote request, by email only. Unlike the
// rest of the page they are saved at once: added with the file button, removed after a question.
import { useRef, useState } from 'react';
import { Button, FileButton, Group, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, apiRequest } from '../../api.ts';
import { useFormat } from '../../i18n/format.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { ListTable } from '../shared/list-table.tsx';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { SettingsSection } from './settings-section.tsx';

interface DefaultAttachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
}

interface DefaultAttachmentList {
  items: DefaultAttachment[];
}

const PATH = '/api/v1/settings/default-attachments';
const QUERY_KEY = ['admin', 'default-attachments'] as const;
/** The server keeps at most this many (src/settings/default-attachments.ts). */
const MAX_FILES = 5;

/** "12 ko", "1,5 Mo": a file's size in the interface language. */
function useFileSize() {
  const { locale } = useFormat();
  return (bytes: number) => {
    const megabytes = bytes >= 1024 * 1024;
    const value = megabytes ? bytes / (1024 * 1024) : Math.max(1, Math.ceil(bytes / 1024));
    return new Intl.NumberFormat(locale, { style: 'unit', unit: megabytes ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 }).format(value);
  };
}

/** The list of default attachments, the "add" button and the row's "remove". */
export function DefaultAttachmentsSection() {
  const { t } = useTranslation();
  const size = useFileSize();
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  // Emptied after each upload, so that the same file can be chosen again (after a refusal).
  const resetInput = useRef<() => void>(null);
  const list = useQuery({ queryKey: QUERY_KEY, queryFn: () => api.get<DefaultAttachmentList>(PATH) });
  const upload = useMutation({
    mutationFn: (files: File[]) => {
      const form = new FormData();
      for (const file of files) form.append('file', file, file.name);
      return api.post<DefaultAttachmentList>(PATH, form);
    },
    onMutate: () => setNotice(null),
    onSettled: () => resetInput.current?.(),
    onSuccess: (next, files) => {
      queryClient.setQueryData(QUERY_KEY, next);
      setNotice(t('admin.settings.defaultAttachments.added', { count: files.length }));
    },
  });
  const remove = useMutation({
    mutationFn: (item: DefaultAttachment) => apiRequest<DefaultAttachmentList>('DELETE', `${PATH}/${encodeURIComponent(item.id)}`),
    onMutate: () => setNotice(null),
    onSuccess: (next, item) => {
      queryClient.setQueryData(QUERY_KEY, next);
      setNotice(t('admin.settings.defaultAttachments.removed', { name: item.filename }));
    },
  });
  const items = list.data?.items ?? [];
  const full = items.length >= MAX_FILES;

  return (
    <SettingsSection legend={t('admin.settings.defaultAttachments.legend')} description={t('admin.settings.defaultAttachments.help', { max: MAX_FILES })}>
      <ListTable
        pending={list.isPending}
        error={list.error}
        emptyText={t('admin.settings.defaultAttachments.empty')}
        items={items}
        data-testid="default-attachments"
        columns={[
          { header: t('admin.settings.defaultAttachments.file'), rowHeader: 'medium', cell: (a) => a.filename },
          { header: t('admin.settings.defaultAttachments.size'), cell: (a) => size(a.sizeBytes) },
        ]}
        actions={(a) => (
          <ConfirmButton
            size="compact-sm"
            variant="default"
            color="red.9"
            loading={remove.isPending && remove.variables?.id === a.id}
            label={t('admin.settings.defaultAttachments.remove')}
            ariaLabel={t('admin.settings.defaultAttachments.removeNamed', { name: a.filename })}
            title={t('admin.settings.defaultAttachments.removeTitle')}
            question={t('admin.settings.defaultAttachments.removeQuestion', { name: a.filename })}
            confirmLabel={t('admin.settings.defaultAttachments.removeConfirm')}
            onConfirm={() => remove.mutate(a)}
          />
        )}
      />
      <ErrorAlert error={upload.error} title={t('admin.settings.defaultAttachments.notAdded')} />
      <ErrorAlert error={remove.error} title={t('admin.settings.defaultAttachments.notRemoved')} />
      <Group gap="sm">
        <FileButton
          multiple
          resetRef={resetInput}
          onChange={(files) => files.length > 0 && upload.mutate(files)}
          inputProps={{ 'aria-label': t('admin.settings.defaultAttachments.add') }}
          disabled={full || upload.isPending}
        >
          {(props) => (
            <Button variant="default" loading={upload.isPending} disabled={full} {...props}>
              {t('admin.settings.defaultAttachments.add')}
            </Button>
          )}
        </FileButton>
        {full && (
          <Text size="sm" c="dimmed">
            {t('admin.settings.defaultAttachments.full', { max: MAX_FILES })}
          </Text>
        )}
        <SavedNotice message={notice} />
      </Group>
    </SettingsSection>
  );
}
