// The search box above a list of records: what is typed is sent (as `q`) once typing pauses.
import { useState } from 'react';
import { TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

/** How long typing must pause before the list is searched again. */
const DEBOUNCE_MS = 300;

/** The typed text and the trimmed text to search, the latter settled ~300 ms after typing stops. */
export function useSearch() {
  const [text, setText] = useState('');
  const [settled] = useDebouncedValue(text.trim(), DEBOUNCE_MS);
  return { text, setText, q: settled };
}

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** What the search looks in, said under the box. */
  description?: string;
}

/** A labelled `type="search"` input. */
export function SearchInput({ value, onChange, description }: Props) {
  const { t } = useTranslation();
  return (
    <TextInput
      type="search"
      label={t('admin.common.search')}
      description={description ?? t('admin.common.searchHelp')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      w={320}
      maxLength={100}
    />
  );
}
