// Who an item of the cockpit's tools is for (src/domain/community/audience.ts): the agency, or
// properties, units and tenant companies (when that tool is on), narrowed or not to tenants,
// owners, co-owners, the council. The news wall and documents use it too; bookings limit it to
// one property (its units, the narrowing).
import { Checkbox, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AUDIENCE_NARROWINGS, type Audience } from '../../../src/domain/community/audience.ts';
import type { RelationKind } from '../../../src/domain/master-data.ts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api.ts';
import { useAllUnits, useProperties } from '../cockpit/shared/master-data.ts';
import type { CompanyListItemAnswer } from '../../../src/http/answers.ts';
import { useCommunityTools } from './community-tools.ts';

/** The agency's companies, or none when the companies tool is off or not the user's. */
function useCompanyChoices() {
  const enabled = useCommunityTools().companies.enabled;
  const query = useQuery({
    queryKey: ['companies', 'choices'],
    queryFn: async () => (await api.get<{ items: CompanyListItemAnswer[] }>('/api/v1/companies')).items,
    enabled,
    retry: false,
    staleTime: 60_000,
  });
  return query.data ?? [];
}

type Narrowing = keyof typeof AUDIENCE_NARROWINGS;
const NARROWINGS = Object.keys(AUDIENCE_NARROWINGS) as Narrowing[];

interface Props {
  value: Audience;
  onChange: (audience: Audience) => void;
  error?: string;
  /** Only units of this property are offered (a bookable resource's audience), no agency or properties. */
  withinProperty?: string;
}

export function AudiencePicker({ value, onChange, error, withinProperty }: Props) {
  const { t } = useTranslation();
  const properties = useProperties();
  const units = useAllUnits();
  const companies = useCompanyChoices();
  const propertyName = new Map((properties.data ?? []).map((p) => [p.id, p.name]));
  const relations = value.relations ?? [];
  const narrowings = NARROWINGS.filter((n) => AUDIENCE_NARROWINGS[n].every((kind) => relations.includes(kind)));
  const setNarrowings = (picked: string[]) =>
    onChange({ ...value, relations: picked.flatMap((n) => [...AUDIENCE_NARROWINGS[n as Narrowing]]) as RelationKind[] });

  return (
    <Stack gap="xs">
      <Text fw={500} size="sm">{t('tools.audience.title')}</Text>
      {withinProperty ? (
        <MultiSelect
          label={t('tools.audience.units')}
          searchable
          data={(units.data ?? []).filter((u) => u.propertyId === withinProperty).map((u) => ({ value: u.id, label: u.reference }))}
          value={value.unitIds ?? []}
          onChange={(unitIds) => onChange({ ...value, unitIds })}
        />
      ) : (
        <Checkbox label={t('tools.audience.agency')} checked={!!value.agency} onChange={(e) => onChange({ ...value, agency: e.currentTarget.checked })} />
      )}
      {!value.agency && !withinProperty && (
        <Group grow align="start">
          <MultiSelect
            label={t('tools.audience.properties')}
            searchable
            data={(properties.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            value={value.propertyIds ?? []}
            onChange={(propertyIds) => onChange({ ...value, propertyIds })}
          />
          <MultiSelect
            label={t('tools.audience.units')}
            searchable
            data={(units.data ?? []).map((u) => ({ value: u.id, label: t('tools.audience.unit', { property: propertyName.get(u.propertyId) ?? '', unit: u.reference }) }))}
            value={value.unitIds ?? []}
            onChange={(unitIds) => onChange({ ...value, unitIds })}
          />
          {(companies.length > 0 || (value.companyIds?.length ?? 0) > 0) && (
            <MultiSelect
              label={t('tools.audience.companies')}
              searchable
              data={companies.map((c) => ({ value: c.id, label: c.name }))}
              value={value.companyIds ?? []}
              onChange={(companyIds) => onChange({ ...value, companyIds })}
            />
          )}
        </Group>
      )}
      <Checkbox.Group label={t('tools.audience.narrowing')} description={t('tools.audience.narrowingHelp')} value={narrowings} onChange={setNarrowings}>
        <Group mt={4}>
          {NARROWINGS.map((n) => (
            <Checkbox key={n} value={n} label={t(`tools.audience.narrowings.${n}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {error && <Text c="red.8" size="sm">{error}</Text>}
    </Stack>
  );
}
