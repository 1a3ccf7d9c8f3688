// An internal note: rich text (bold, italic, lists) for staff only, never shown outside.
import { useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { RichTextEditor } from '../../ui/rich-text-editor.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

const isEmpty = (html: string) => !html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim();

/** The note and its files. */
export function InternalNoteForm({ action, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [html, setHtml] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (isEmpty(html)) return setMissing(true);
    setMissing(false);
    onSubmit({ body: html }, { attachmentIds: files });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <Text size="sm" c="dimmed">
        {t('actions.internal_note.explain')}
      </Text>
      <RichTextEditor label={t('fields.note')} required onChange={setHtml} error={errors.body ?? (missing ? t('actions.common.required') : undefined)} />
      <FileDrop label={t('files.label')} files={files} onChange={setFiles} error={errors.attachmentIds} />
    </ActionFormFrame>
  );
}
