// After the work: ask the requester's feedback, and close the ticket without an answer.
import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IntegerInput } from '../shared/integer-input.tsx';
import { DEFAULT_AUTO_CLOSE_DAYS } from './settings-form.ts';
import type { SectionProps } from './section-props.ts';
import { SettingsSection } from './settings-section.tsx';

/** The feedback switch, the auto-close switch and its delay. */
export function FeedbackSection({ form, set, errors }: SectionProps) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.settings.feedback.legend')}>
      <Switch
        label={t('admin.settings.feedback.request')}
        description={t('admin.settings.feedback.requestHelp')}
        checked={form.feedbackRequest}
        onChange={(event) => set({ feedbackRequest: event.currentTarget.checked })}
      />
      <Switch
        label={t('admin.settings.feedback.autoClose')}
        description={t('admin.settings.feedback.autoCloseHelp')}
        checked={form.autoClose}
        onChange={(event) =>
          set({ autoClose: event.currentTarget.checked, autoCloseDays: form.autoCloseDays ?? DEFAULT_AUTO_CLOSE_DAYS })
        }
      />
      {form.autoClose && (
        <IntegerInput
          label={t('admin.settings.feedback.autoCloseDays')}
          value={form.autoCloseDays}
          onChange={(autoCloseDays) => set({ autoCloseDays })}
          min={1}
          max={90}
          w={340}
          required
          error={errors.autoCloseDays}
        />
      )}
    </SettingsSection>
  );
}
