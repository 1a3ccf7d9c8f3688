// A party's contact details and channels on this ticket (the pencil of the seed).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactFields } from '../create/contact-fields.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Emails, phones and channels, preset to the current ones. */
export function UpdatePartyForm({ action, dispatch, party, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const current = dispatch ?? party;
  const [emails, setEmails] = useState<string[]>(current?.emails ?? []);
  const [phones, setPhones] = useState<string[]>(current?.phones ?? []);
  const [channels, setChannels] = useState<string[]>(current?.channels ?? []);

  return (
    <ActionFormFrame
      pending={pending}
      onSubmit={() => onSubmit({ emails, phones, channels })}
      onCancel={onCancel}
      submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}
    >
      <ContactFields
        emails={emails}
        phones={phones}
        channels={channels}
        onChange={(patch) => {
          if (patch.emails) setEmails(patch.emails);
          if (patch.phones) setPhones(patch.phones);
          if (patch.channels) setChannels(patch.channels);
        }}
        errors={errors}
      />
    </ActionFormFrame>
  );
}
