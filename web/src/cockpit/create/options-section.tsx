// The form's third part: options, contractors, contact person, watchers, reminder delays and
// attachments (dropped here, sent once the ticket exists).
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FileDrop } from '../../ui/file-drop.tsx';
import { ContractorsEditor } from './contractors-editor.tsx';
import { OptionsFields } from './options-fields.tsx';
import { PartyEditor } from './party-editor.tsx';
import { RemindersEditor } from './reminders-editor.tsx';
import type { TicketFormState } from './ticket-form-state.ts';
import { WatchersEditor } from './watchers-editor.tsx';

interface Props {
  state: TicketFormState;
  onChange: (patch: Partial<TicketFormState>) => void;
  errors: Record<string, string>;
  module: 'syndic' | 'gerance';
}

/** Everything below the subject. */
export function OptionsSection({ state, onChange, errors, module }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <OptionsFields
        value={state.options}
        onChange={(options) => onChange({ options })}
        module={module}
        kind={state.kind}
        // Without the agency's settings (not readable), '' leaves its default to the server.
        withAgencyDefault={state.options.visibility === ''}
      />
      <Title order={3} size="h5">
        {t('create.contractors')}
      </Title>
      <ContractorsEditor value={state.contractors} onChange={(contractors) => onChange({ contractors })} kind={state.kind} errors={errors} />
      <Title order={3} size="h5">
        {t('party.contact')}
      </Title>
      <PartyEditor
        legend={t('party.contactLegend')}
        value={state.contact}
        onChange={(contact) => onChange({ contact })}
        propertyId={state.propertyId}
        withComment
        errors={errors}
        prefix="contactPerson."
      />
      <Title order={3} size="h5">
        {t('ticket.watchers')}
      </Title>
      <WatchersEditor value={state.watchers} onChange={(watchers) => onChange({ watchers })} propertyId={state.propertyId} errors={errors} />
      <RemindersEditor value={state.reminders} onChange={(reminders) => onChange({ reminders, remindersTouched: true })} kind={state.kind} errors={errors} />
      <FileDrop label={t('create.attachments')} description={t('create.attachmentsHint')} files={state.files} onChange={(files) => onChange({ files })} />
    </Stack>
  );
}
