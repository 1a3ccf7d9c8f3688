// The list's main controls: scope (open, today, closed, all), "my tickets", and the search box,
// whose value reaches the address bar once typing pauses.
import { useEffect, useState } from 'react';
import { Group, SegmentedControl, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SCOPES, type ListParams, type Scope } from './list-params.ts';

interface Props {
  params: ListParams;
  onChange: (patch: Partial<ListParams>) => void;
}

/** Scope, "my tickets" and search. */
export function ListControls({ params, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState(params.q);
  const commitSearch = useDebouncedCallback((q: string) => onChange({ q }), 300);

  // The address bar changed by other means (back button, reset): the box follows it.
  useEffect(() => {
    setSearch((current) => (current.trim() === params.q.trim() ? current : params.q));
  }, [params.q]);

  return (
    <Group gap="md" align="flex-end" data-tour="list-controls">
      <TextInput
        type="search"
        data-list-search
        leftSection={<IconSearch size={16} stroke={1.6} aria-hidden="true" />}
        rightSection={<kbd className="gardien-kbd" title={t('shortcuts.list.search')}>/</kbd>}
        rightSectionPointerEvents="none"
        label={t('list.search')}
        description={t('list.searchHint')}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          commitSearch(event.currentTarget.value);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onChange({ q: search });
        }}
        w={{ base: '100%', sm: 320 }}
      />
      <SegmentedControl
        aria-label={t('list.scope.label')}
        value={params.scope}
        onChange={(value) => onChange({ scope: value as Scope })}
        data={SCOPES.map((scope) => ({ value: scope, label: t(`list.scope.${scope}`) }))}
      />
      <Switch
        label={t('list.mine')}
        checked={params.mine}
        onChange={(event) => onChange({ mine: event.currentTarget.checked })}
        mb={6}
      />
    </Group>
  );
}
