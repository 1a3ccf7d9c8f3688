// Adding a relation to a person (tenant, owner, co-owner of a unit; council seat of a
// co-ownership) with its period, or changing the period of one.
import { useState } from 'react';
import { NativeSelect, Select, SimpleGrid } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PROPERTY_RELATIONS, RELATION_KINDS, type RelationKind } from '../../../../src/domain/master-data.ts';
import { api } from '../../api.ts';
import { DateInput } from '../shared/date-input.tsx';
import { useFieldErrors } from '../shared/errors.ts';
import { optionsOf, propertyLabel, useAllProperties } from '../shared/option-lists.ts';
import { useAll, useRefreshKind } from '../shared/queries.ts';
import { RecordForm } from '../shared/record-form.tsx';
import type { PersonAnswer as Person, RelationAnswer as Relation, UnitAnswer as Unit } from '../../../../src/http/answers.ts';

interface Props {
  person: Person;
  /** The relation whose period changes; none to add one. */
  relation: Relation | undefined;
  onSaved: (person: Person) => void;
  onCancel: () => void;
}

const isPropertyRelation = (kind: string) => (PROPERTY_RELATIONS as readonly string[]).includes(kind);

/** The form; a stored relation only has its period to change. */
export function RelationForm({ person, relation, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const refresh = useRefreshKind();
  const properties = useAllProperties();
  const [kind, setKind] = useState<string>(relation?.kind ?? 'tenant');
  const [propertyId, setPropertyId] = useState<string | null>(relation?.propertyId ?? null);
  const [unitId, setUnitId] = useState<string | null>(relation?.unitId ?? null);
  const [startsOn, setStartsOn] = useState(relation?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(relation?.endsOn ?? '');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const onProperty = isPropertyRelation(kind);
  const units = useAll<Unit>('units', `/api/v1/units?propertyId=${propertyId ?? ''}`, !!propertyId && !onProperty && !relation);
  const save = useMutation({
    mutationFn: (body: unknown) =>
      relation
        ? api.patch<Person>(`/api/v1/persons/${person.id}/relations/${relation.id}`, body)
        : api.post<Person>(`/api/v1/persons/${person.id}/relations`, body),
    onSuccess: async (next) => {
      await refresh('persons');
      onSaved(next);
    },
  });
  const errors = useFieldErrors(save.error, missing);
  const choosable = (properties.data ?? []).filter((p) => !onProperty || p.kind === 'coownership');

  const submit = () => {
    const period = { startsOn: startsOn || null, endsOn: endsOn || null };
    if (relation) {
      save.mutate(period);
      return;
    }
    const problems: Record<string, string> = {};
    if (!propertyId) problems.propertyId = t('admin.validation.required');
    if (!onProperty && !unitId) problems.unitId = t('admin.validation.required');
    if (startsOn && endsOn && endsOn < startsOn) problems.endsOn = t('admin.validation.periodOrder');
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    save.mutate({ kind, ...(onProperty ? { propertyId } : { unitId }), ...period });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel} localProblems={Object.keys(missing).length > 0} gap="sm">
      <NativeSelect
        label={t('admin.persons.relationKind')}
        disabled={!!relation}
        value={kind}
        onChange={(event) => {
          setKind(event.currentTarget.value as RelationKind);
          setUnitId(null);
        }}
        data={RELATION_KINDS.map((code) => ({ value: code, label: t(`codes.relation.${code}`) }))}
        error={errors.kind}
      />
      <Select
        label={onProperty ? t('admin.persons.coownership') : t('admin.persons.property')}
        required
        searchable
        disabled={!!relation}
        data={optionsOf(choosable, propertyLabel)}
        value={propertyId}
        onChange={(value) => {
          setPropertyId(value);
          setUnitId(null);
        }}
        error={errors.propertyId}
      />
      {!onProperty && (
        <Select
          label={t('admin.persons.unit')}
          required
          searchable
          disabled={!!relation || !propertyId}
          data={relation ? [{ value: relation.unitId ?? '', label: t('admin.persons.currentUnit') }] : optionsOf(units.data, (u) => (u.floor ? `${u.reference} — ${u.floor}` : u.reference))}
          value={unitId}
          onChange={setUnitId}
          error={errors.unitId}
        />
      )}
      <SimpleGrid cols={2}>
        <DateInput label={t('admin.persons.startsOn')} value={startsOn} onChange={setStartsOn} error={errors.startsOn} />
        <DateInput label={t('admin.persons.endsOn')} description={t('admin.persons.endsOnHelp')} value={endsOn} onChange={setEndsOn} error={errors.endsOn} min={startsOn || undefined} />
      </SimpleGrid>
    </RecordForm>
  );
}
