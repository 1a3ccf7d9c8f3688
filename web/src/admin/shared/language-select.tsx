// The language a person, contractor or user receives messages in.
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  label?: string;
}

/** French or English, named in the interface language. */
export function LanguageSelect({ value, onChange, error, label }: Props) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={label ?? t('admin.common.language')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={['fr', 'en'].map((code) => ({ value: code, label: t(`admin.languages.${code}`) }))}
      error={error}
    />
  );
}
