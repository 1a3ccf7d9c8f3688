// The structured fields of a ticket's category (set by the app admins): text, number, yes/no,
// date or a choice, each labelled in the interface language.
import { Checkbox, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CategoryField } from '../shared/master-data.ts';

interface Props {
  fields: CategoryField[];
  values: Record<string, unknown>;
  onChange: (values: Record<string, unknown>) => void;
  errors?: Record<string, string>;
}

/** One input per field of the category. */
export function CategoryFields({ fields, values, onChange, errors = {} }: Props) {
  const { t, i18n } = useTranslation();
  if (fields.length === 0) return null;
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'fr';
  const set = (key: string, value: unknown) => {
    const next = { ...values };
    if (value === '' || value === undefined || value === null) delete next[key];
    else next[key] = value;
    onChange(next);
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {fields.map((field) => {
        const label = field.label[language];
        const error = errors[`categoryFields.${field.key}`];
        const value = values[field.key];
        switch (field.type) {
          case 'boolean':
            return <Checkbox key={field.key} mt="lg" label={label} checked={value === true} onChange={(e) => set(field.key, e.currentTarget.checked)} error={error} />;
          case 'number':
            return <NumberInput key={field.key} label={label} required={field.required} value={typeof value === 'number' ? value : ''} onChange={(v) => set(field.key, typeof v === 'number' ? v : undefined)} error={error} />;
          case 'date':
            return <TextInput key={field.key} type="date" label={label} required={field.required} value={typeof value === 'string' ? value : ''} onChange={(e) => set(field.key, e.currentTarget.value)} error={error} />;
          case 'select':
            return (
              <NativeSelect
                key={field.key}
                label={label}
                required={field.required}
                value={typeof value === 'string' ? value : ''}
                onChange={(e) => set(field.key, e.currentTarget.value)}
                data={[{ value: '', label: t('create.chooseOption') }, ...(field.options ?? []).map((o) => ({ value: o, label: o }))]}
                error={error}
              />
            );
          default:
            return <TextInput key={field.key} label={label} required={field.required} value={typeof value === 'string' ? value : ''} onChange={(e) => set(field.key, e.currentTarget.value)} error={error} />;
        }
      })}
    </SimpleGrid>
  );
}
