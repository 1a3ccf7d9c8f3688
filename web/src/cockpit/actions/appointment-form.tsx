// An appointment: entered with the contractor's acceptance, entered on its own, or postponed.
import { useState } from 'react';
import { NumberInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateTimeInput, fromLocalInput, toLocalInput } from '../../ui/date-time-input.tsx';
import { ActionFormFrame } from './action-form-frame.tsx';
import type { ActionFormProps } from './action-form-types.ts';

/** Date and time, planned duration, and a comment (a reason when postponing). */
export function AppointmentForm({ action, dispatch, errors, pending, onSubmit, onCancel, from }: ActionFormProps) {
  const { t } = useTranslation();
  const postponing = action === 'postpone_appointment';
  // A quote request can be accepted without a date: the contractor will quote first.
  const dateRequired = !(action === 'enter_acceptance' && dispatch?.kind === 'quote');
  const [startsAt, setStartsAt] = useState(postponing ? toLocalInput(dispatch?.appointment?.startsAt) : '');
  const [duration, setDuration] = useState<number | string>(dispatch?.appointment?.durationMinutes ?? 60);
  const [text, setText] = useState(from?.text ?? '');
  const [missing, setMissing] = useState(false);
  const textField = postponing ? 'reason' : 'comment';

  const submit = () => {
    const instant = fromLocalInput(startsAt);
    if (dateRequired && !instant) return setMissing(true);
    setMissing(false);
    const minutes = typeof duration === 'number' ? duration : Number.parseInt(duration, 10);
    onSubmit({
      ...(instant ? { startsAt: instant } : {}),
      ...(instant && Number.isFinite(minutes) ? { durationMinutes: minutes } : {}),
      ...(text.trim() ? { [textField]: text.trim() } : {}),
    });
  };

  return (
    <ActionFormFrame pending={pending} onSubmit={submit} onCancel={onCancel} submitLabel={t(`actions.${action}.submit`, { defaultValue: t('common.submit') })}>
      <DateTimeInput
        label={t('fields.startsAt')}
        required={dateRequired}
        value={startsAt}
        onChange={setStartsAt}
        error={errors.startsAt ?? (missing ? t('actions.common.required') : undefined)}
      />
      <NumberInput
        label={t('fields.durationMinutes')}
        description={t('fields.durationHint')}
        min={5}
        max={7 * 24 * 60}
        step={15}
        allowDecimal={false}
        value={duration}
        onChange={setDuration}
        error={errors.durationMinutes}
      />
      <Textarea
        label={t(`fields.${textField}`)}
        autosize
        minRows={2}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={errors[textField]}
      />
    </ActionFormFrame>
  );
}
