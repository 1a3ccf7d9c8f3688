// The residents' filters: property, portal state, a search; kept in the address bar.
import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PORTAL_STATES } from '../../../../src/domain/portal/portal-codes.ts';
import { propertyLabel, optionsOf, useAllProperties } from '../shared/option-lists.ts';

export interface ResidentsFilter {
  propertyId: string | null;
  state: string | null;
  q: string;
}

interface Props {
  filter: ResidentsFilter;
  onChange: (filter: ResidentsFilter) => void;
}

/** Property, state and search inputs, each labelled. */
export function ResidentsFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const properties = useAllProperties();
  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label={t('admin.residents.property')}
        value={filter.propertyId ?? ''}
        onChange={(e) => onChange({ ...filter, propertyId: e.currentTarget.value || null })}
        data={[{ value: '', label: t('admin.residents.allProperties') }, ...optionsOf(properties.data, propertyLabel)]}
        w={300}
      />
      <NativeSelect
        label={t('admin.residents.state')}
        value={filter.state ?? ''}
        onChange={(e) => onChange({ ...filter, state: e.currentTarget.value || null })}
        data={[{ value: '', label: t('admin.residents.anyState') }, ...PORTAL_STATES.map((code) => ({ value: code, label: t(`admin.residents.states.${code}`) }))]}
        w={200}
      />
      <TextInput
        type="search"
        label={t('admin.common.search')}
        description={t('admin.residents.searchHelp')}
        value={filter.q}
        onChange={(e) => onChange({ ...filter, q: e.currentTarget.value })}
        w={300}
        maxLength={100}
      />
    </Group>
  );
}

/** The filter read from the address's query string. */
export function filterFrom(params: URLSearchParams): ResidentsFilter {
  const state = params.get('state');
  return {
    propertyId: params.get('propertyId') || null,
    state: state && (PORTAL_STATES as readonly string[]).includes(state) ? state : null,
    q: params.get('q') ?? '',
  };
}

/** The query string of a filter (the API's parameters as well). */
export function filterQuery(filter: ResidentsFilter): string {
  const params = new URLSearchParams();
  if (filter.propertyId) params.set('propertyId', filter.propertyId);
  if (filter.state) params.set('state', filter.state);
  if (filter.q.trim()) params.set('q', filter.q.trim());
  return params.toString();
}
