// Reminder delays (DOMAIN.md §7): every N days or hours, at most M times, 0 for never; for
// quotes also the appointment reminder, in hours before.
import { Fieldset, Group, NativeSelect, NumberInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReminderDelay, ReminderDelays as Reminders } from '../../../../src/http/answers.ts';

export const DEFAULT_REMINDERS: Reminders = {
  workOrder: { every: 7, unit: 'days', max: 3 },
  quote: { every: 7, unit: 'days', max: 3 },
  invoice: { every: 7, unit: 'days', max: 3 },
  appointmentHours: 48,
};

interface Props {
  value: Reminders;
  onChange: (value: Reminders) => void;
  /** Work orders are reminded of the order; quote requests of the quote and the appointment. */
  kind: 'work_order' | 'quote';
  errors?: Record<string, string>;
  prefix?: string;
}

const toInt = (value: number | string) => (typeof value === 'number' ? value : Number.parseInt(value, 10) || 0);

function DelayRow({ name, value, onChange, error }: { name: string; value: ReminderDelay; onChange: (v: ReminderDelay) => void; error?: string }) {
  const { t } = useTranslation();
  const label = t(`reminders.${name}`);
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <Text size="sm" w={220} mb={8}>
        {label}
      </Text>
      <NumberInput
        label={t('reminders.every')}
        aria-label={`${label} — ${t('reminders.every')}`}
        min={0}
        max={365}
        allowDecimal={false}
        w={90}
        value={value.every}
        onChange={(v) => onChange({ ...value, every: toInt(v) })}
        error={error}
      />
      <NativeSelect
        label={t('reminders.unit')}
        aria-label={`${label} — ${t('reminders.unit')}`}
        w={110}
        value={value.unit}
        onChange={(e) => onChange({ ...value, unit: e.currentTarget.value as 'days' | 'hours' })}
        data={[
          { value: 'days', label: t('reminders.days') },
          { value: 'hours', label: t('reminders.hours') },
        ]}
      />
      <NumberInput
        label={t('reminders.max')}
        aria-label={`${label} — ${t('reminders.max')}`}
        min={0}
        max={20}
        allowDecimal={false}
        w={90}
        value={value.max}
        onChange={(v) => onChange({ ...value, max: toInt(v) })}
      />
    </Group>
  );
}

/** The delays that matter for the ticket's kind. */
export function RemindersEditor({ value, onChange, kind, errors = {}, prefix = 'reminders.' }: Props) {
  const { t } = useTranslation();
  const error = (name: string) => Object.entries(errors).find(([k]) => k.startsWith(`${prefix}${name}`))?.[1];
  return (
    <Fieldset legend={t('reminders.legend')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('reminders.zeroHint')}
      </Text>
      <Stack gap="xs">
        {kind === 'work_order' ? (
          <DelayRow name="workOrder" value={value.workOrder} onChange={(workOrder) => onChange({ ...value, workOrder })} error={error('workOrder')} />
        ) : (
          <DelayRow name="quote" value={value.quote} onChange={(quote) => onChange({ ...value, quote })} error={error('quote')} />
        )}
        <DelayRow name="invoice" value={value.invoice} onChange={(invoice) => onChange({ ...value, invoice })} error={error('invoice')} />
        {kind === 'quote' && (
          <NumberInput
            label={t('reminders.appointmentHours')}
            min={0}
            max={24 * 14}
            allowDecimal={false}
            w={260}
            value={value.appointmentHours}
            onChange={(v) => onChange({ ...value, appointmentHours: toInt(v) })}
            error={error('appointmentHours')}
          />
        )}
      </Stack>
    </Fieldset>
  );
}
