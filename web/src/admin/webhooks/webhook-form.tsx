// Creating or changing a webhook: where it posts, a description, and the event types it
// receives (a checkbox and a sentence each). The server's refusal of the URL is said under it.
import { useState } from 'react';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENT_TYPES } from '../../../../src/domain/webhooks/webhook-events.ts';
import { ApiError } from '../../api.ts';
import { useFieldErrors } from '../shared/errors.ts';
import { RecordForm } from '../shared/record-form.tsx';
import { useSave } from '../shared/use-save.ts';
import { eventTypeHelp, eventTypeLabel } from './webhook-labels.ts';
import type { Webhook, WebhookWithSecret } from './webhook-types.ts';

/** Refusals whose code says what is wrong with the URL better than the server's English. */
const URL_CODES = ['webhook_url_invalid', 'webhook_address_not_allowed'];

interface Props {
  webhook: Webhook | undefined;
  /** Called with the server's answer: a new webhook's carries its secret. */
  onSaved: (record: Webhook | WebhookWithSecret) => void;
  onCancel: () => void;
}

/** The form; the page closes it once the server accepted it. */
export function WebhookForm({ webhook, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [url, setUrl] = useState(webhook?.url ?? '');
  const [description, setDescription] = useState(webhook?.description ?? '');
  const [eventTypes, setEventTypes] = useState<string[]>(webhook?.eventTypes ?? []);
  const [noType, setNoType] = useState(false);
  const save = useSave<Webhook | WebhookWithSecret>('webhooks', webhook?.id, onSaved);
  const code = save.error instanceof ApiError ? save.error.code : '';
  const local: Record<string, string> = {};
  if (URL_CODES.includes(code)) local.url = t(`webhooks.errors.${code}`);
  if (noType) local.eventTypes = t('webhooks.form.noType');
  const errors = useFieldErrors(save.error, local);

  const submit = () => {
    if (eventTypes.length === 0) {
      setNoType(true);
      return;
    }
    save.mutate({ url: url.trim(), description: description.trim(), eventTypes });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel} localProblems={noType}>
      <TextInput
        label={t('webhooks.form.url')}
        description={t('webhooks.form.urlHelp')}
        placeholder="https://"
        required
        type="url"
        value={url}
        onChange={(e) => setUrl(e.currentTarget.value)}
        error={errors.url}
        data-autofocus
      />
      <TextInput
        label={t('webhooks.form.description')}
        description={t('webhooks.form.descriptionHelp')}
        maxLength={200}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errors.description}
      />
      <Checkbox.Group
        label={t('webhooks.form.eventTypes')}
        description={t('webhooks.form.eventTypesHelp')}
        required
        value={eventTypes}
        onChange={(next) => {
          setNoType(false);
          setEventTypes(next);
        }}
        error={errors.eventTypes}
      >
        <Stack gap="xs" mt={6}>
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <Checkbox key={type} value={type} label={eventTypeLabel(t, type)} description={eventTypeHelp(t, type)} />
          ))}
        </Stack>
      </Checkbox.Group>
    </RecordForm>
  );
}
