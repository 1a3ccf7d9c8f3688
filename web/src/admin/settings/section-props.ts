// What every section of the settings page receives.
import type { SettingsForm } from './settings-form.ts';

export interface SectionProps {
  form: SettingsForm;
  set: (patch: Partial<SettingsForm>) => void;
  /** Messages by the API's field names (`reminderDefaults.quote.every`). */
  errors: Record<string, string>;
}
