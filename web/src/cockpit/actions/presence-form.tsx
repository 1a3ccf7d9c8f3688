// The contractor's check-in answer, entered by hand: on site, late, postponed, cannot come.
import { useState } from 'react';
import { Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRESENCES } from '../../../../src/domain/tickets/codes.ts';
import { DateTimeInput, fromLocalInput } from '../../ui/date-time-input.tsx';
import { useLabels } from '../shared/labels.ts';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** The answer, and when the contractor will come if late or postponing. */
export function PresenceForm({ action, errors, pending, onSubmit, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [presence, setPresence] = useState<string>('on_site');
  const [startsAt, setStartsAt] = useState('');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const needsDate = presence === 'late' || presence === 'postpone';

  const submit = () => {
    const instant = fromLocalInput(startsAt);
    if (needsDate && !instant) return setMissing(true);
    setMissing(false);
    onSubmit({ presence, ...(needsDate && instant ? { startsAt: instant } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <Radio.Group label={t('fields.presence')} value={presence} onChange={setPresence} error={errors.presence} required>
        <Stack gap={6} mt={4}>
          {PRESENCES.map((value) => (
            <Radio key={value} value={value} label={labels.presence(value)} />
          ))}
        </Stack>
      </Radio.Group>
      {needsDate && (
        <DateTimeInput
          label={t('fields.newStartsAt')}
          required
          value={startsAt}
          onChange={setStartsAt}
          error={errors.startsAt ?? (missing ? t('actions.common.required') : undefined)}
        />
      )}
      <Textarea label={t('fields.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} error={errors.comment} />
    </ActionFormFrame>
  );
}
