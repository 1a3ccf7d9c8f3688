// One reminder's default: every N days or hours, at most M times (0 for never).
import { Fieldset, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntegerInput } from '../shared/integer-input.tsx';
import type { DelayForm } from './settings-form.ts';

interface Props {
  /** The API's name of this reminder: workOrder, quote or invoice. */
  kind: 'workOrder' | 'quote' | 'invoice';
  value: DelayForm;
  onChange: (value: DelayForm) => void;
  errors: Record<string, string>;
}

/** A fieldset of three inputs and a sentence saying what they mean together. */
export function ReminderDelayInput({ kind, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const field = (name: string) => errors[`reminderDefaults.${kind}.${name}`];
  const never = value.every === 0 || value.max === 0;
  return (
    <Fieldset legend={t(`admin.settings.reminders.kind.${kind}`)} variant="filled">
      <Group gap="sm" align="flex-start">
        <IntegerInput
          label={t('admin.settings.reminders.every')}
          value={value.every}
          onChange={(every) => onChange({ ...value, every })}
          min={0}
          max={365}
          w={120}
          error={field('every')}
        />
        <NativeSelect
          label={t('admin.settings.reminders.unit')}
          value={value.unit}
          onChange={(event) => onChange({ ...value, unit: event.currentTarget.value === 'hours' ? 'hours' : 'days' })}
          data={[
            { value: 'days', label: t('admin.settings.reminders.days') },
            { value: 'hours', label: t('admin.settings.reminders.hours') },
          ]}
          w={140}
          error={field('unit')}
        />
        <IntegerInput
          label={t('admin.settings.reminders.max')}
          value={value.max}
          onChange={(max) => onChange({ ...value, max })}
          min={0}
          max={20}
          w={140}
          error={field('max')}
        />
      </Group>
      <Text size="sm" c="dimmed" mt={6}>
        {never
          ? t('admin.settings.reminders.never')
          : t(`admin.settings.reminders.summary.${value.unit}`, { every: value.every ?? 0, count: value.max ?? 0 })}
      </Text>
    </Fieldset>
  );
}
