// A reminder sent now to the contractor, by the channels chosen.
import { useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ChannelsInput } from '../../ui/channels-input.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Channels, preset to the contractor's own. */
export function RemindForm({ action, dispatch, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const [channels, setChannels] = useState<string[]>(dispatch?.channels ?? ['email']);
  return (
    <ActionFormFrame
      pending={pending}
      onSubmit={() => onSubmit(channels.length ? { channels } : {})}
      onCancel={onCancel}
      submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}
    >
      <Text size="sm">{t('actions.remind.explain')}</Text>
      <ChannelsInput label={t('fields.channels')} value={channels} onChange={setChannels} error={errors.channels} />
    </ActionFormFrame>
  );
}
