// Informing people of the ticket's current step: a notice worded for the step, to people chosen
// or typed in, with an optional message.
import { useState } from 'react';
import { Alert, Button, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartyEditor } from '../create/party-editor.tsx';
import { emptyParty, partyFilled, toPartyChoice, type PartyDraft } from '../create/drafts.ts';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** One or more recipients and a message. */
export function InformThirdPartyForm({ action, ticket, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [recipients, setRecipients] = useState<PartyDraft[]>(() => [emptyParty()]);
  const [message, setMessage] = useState('');
  const [missing, setMissing] = useState(false);

  const submit = () => {
    const filled = recipients.filter(partyFilled);
    if (filled.length === 0 || filled.some((r) => r.channels.length === 0)) return setMissing(true);
    setMissing(false);
    onSubmit({ recipients: filled.map(toPartyChoice), ...(message.trim() ? { message: message.trim() } : {}) });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      {missing && (
        <Alert color="red" role="alert">
          {t('party.missingWithChannel')}
        </Alert>
      )}
      <Stack gap="sm">
        {recipients.map((recipient, index) => (
          <PartyEditor
            key={recipient.key}
            legend={t('party.recipient', { n: index + 1 })}
            value={recipient}
            onChange={(next) => setRecipients((all) => all.map((r) => (r.key === next.key ? next : r)))}
            onRemove={recipients.length > 1 ? () => setRecipients((all) => all.filter((r) => r.key !== recipient.key)) : undefined}
            propertyId={ticket.property?.id}
            errors={errors}
            prefix={`recipients.${index}.`}
          />
        ))}
      </Stack>
      <Button variant="subtle" size="compact-sm" onClick={() => setRecipients((all) => [...all, emptyParty()])}>
        {t('party.addRecipient')}
      </Button>
      <Textarea label={t('fields.message')} autosize minRows={2} value={message} onChange={(e) => setMessage(e.currentTarget.value)} error={errors.message} />
    </ActionFormFrame>
  );
}
