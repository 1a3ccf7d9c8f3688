// The reminder delays a new ticket starts with (DOMAIN.md §7); each ticket may change its own.
import { useTranslation } from 'react-i18next';
import { IntegerInput } from '../shared/integer-input.tsx';
import { ReminderDelayInput } from './reminder-delay-input.tsx';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** Work order, quote and invoice reminders, and the appointment reminder. */
export function RemindersSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.reminders.legend')} description={t('admin.settings.reminders.help')}>
      <ReminderDelayInput kind="workOrder" value={form.workOrder} onChange={(workOrder) => set({ workOrder })} errors={errors} />
      <ReminderDelayInput kind="quote" value={form.quote} onChange={(quote) => set({ quote })} errors={errors} />
      <ReminderDelayInput kind="invoice" value={form.invoice} onChange={(invoice) => set({ invoice })} errors={errors} />
      <IntegerInput
        label={t('admin.settings.reminders.appointmentHours')}
        description={t('admin.settings.reminders.appointmentHoursHelp')}
        value={form.appointmentHours}
        onChange={(appointmentHours) => set({ appointmentHours })}
        min={0}
        max={336}
        w={340}
        error={errors['reminderDefaults.appointmentHours']}
      />
    </SettingsSection>
  );
}
