// A message to one party (a contractor, the contact person, a watcher, an approver, the requester):
// its subject starts as the ticket's, so that the exchange reads as one thread, with files if
// needed. Opened for the ticket rather than for one party, it asks whom to write to, the requester
// first ("Le demandeur — Nom": their own thread, made if they have none).
import { useState } from 'react';
import { Select, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Subject, body and attachments. */
export function MessageForm({ action, ticket, dispatch, party, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  // Without a target of its own, the recipient is chosen: the requester, or a person of the ticket.
  const choosing = !dispatch && !party;
  const people = [ticket.contactPerson, ...ticket.watchers, ...ticket.approvers].filter((p): p is NonNullable<typeof p> => !!p);
  const recipients = [
    ...(ticket.requester ? [{ value: 'requester', label: t('actions.send_message.toRequester', { name: ticket.requester.name ?? ticket.requester.email ?? '' }) }] : []),
    ...people.filter((p) => !ticket.requester?.personId || p.personId !== ticket.requester.personId).map((p) => ({ value: p.id, label: p.name })),
  ];
  const [recipient, setRecipient] = useState<string | null>(recipients[0]?.value ?? null);
  const [subject, setSubject] = useState(ticket.subject);
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [missing, setMissing] = useState(false);

  const submit = () => {
    if (!body.trim() || (choosing && !recipient)) return setMissing(true);
    setMissing(false);
    const to = !choosing ? {} : recipient === 'requester' ? { toRequester: true } : { partyId: recipient };
    onSubmit({ ...to, ...(subject.trim() ? { subject: subject.trim() } : {}), body: body.trim() }, { attachmentIds: files });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      {choosing && (
        <Select
          label={t('history.field.recipient')}
          required
          data={recipients}
          value={recipient}
          onChange={setRecipient}
          allowDeselect={false}
          error={errors.toRequester ?? errors.partyId ?? (missing && !recipient ? t('actions.common.required') : undefined)}
          data-testid="message-recipient"
        />
      )}
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
