// The questions of the chosen category (its structured fields, set by the agency): text, number,
// date, a list, or yes / no; each labelled in the page's language, its error under it.
import { NativeSelect, TextInput } from '../light/fields.tsx';
import { RadioGroup } from '../light/radio-group.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import type { FieldErrors } from './form-checks.ts';
import type { WebformField } from './webform-api.ts';

interface Props {
  fields: WebformField[];
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  errors: FieldErrors;
}

export function CategoryFields({ fields, values, onChange, errors }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {fields.map((field) => {
        const label = i18n.language === 'en' ? field.label.en || field.label.fr : field.label.fr;
        const value = values[field.key] ?? '';
        const error = errors[`categoryFields.${field.key}`];
        const change = (next: string) => onChange(field.key, next);
        if (field.type === 'select') {
          return (
            <NativeSelect key={field.key} label={label} required={field.required} value={value} onChange={change} error={error}>
              <option value="">{t('webform.category.choose')}</option>
              {(field.options ?? []).map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </NativeSelect>
          );
        }
        if (field.type === 'boolean') {
          return (
            <RadioGroup
              key={field.key}
              label={label}
              required={field.required}
              value={value as 'true' | 'false' | ''}
              onChange={change}
              error={error}
              choices={[{ value: 'true', label: t('webform.yes') }, { value: 'false', label: t('webform.no') }]}
            />
          );
        }
        return (
          <TextInput
            key={field.key}
            label={label}
            required={field.required}
            value={value}
            onChange={change}
            error={error}
            type={field.type === 'date' ? 'date' : 'text'}
            inputMode={field.type === 'number' ? 'decimal' : undefined}
            maxLength={field.type === 'text' ? 2000 : undefined}
          />
        );
      })}
    </>
  );
}
