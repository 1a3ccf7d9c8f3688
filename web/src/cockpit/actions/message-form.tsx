// A message to one party (a contractor, the contact person, a watcher, an approver): its subject
// starts as the ticket's, so that the exchange reads as one thread, with files if needed.
import { useState } from 'react';
import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Subject, body and attachments. */
export function MessageForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(ticket.subject);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (!body.trim()) return setMissing(true);
    setMissing(false);
    onSubmit({ ...(subject.trim() ? { subject: subject.trim() } : {}), body: body.trim() }, { attachmentIds: files });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <TextInput label={t('fields.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={errors.subject} />
      <Textarea
        label={t('fields.body')}
        required
        autosize
        minRows={4}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        error={errors.body ?? (missing ? t('actions.common.required') : undefined)}
      />
      <FileDrop label={t('files.label')} files={files} onChange={setFiles} error={errors.attachmentIds} />
    </ActionFormFrame>
  );
}
