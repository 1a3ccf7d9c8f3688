// Creating or changing a routing rule: property, category and source (at least one) → assignee.
import { useState } from 'react';
import { Select, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SOURCES } from '../../../../src/domain/tickets/codes.ts';
import { useFieldErrors } from '../shared/errors.ts';
import { IntegerInput } from '../shared/integer-input.tsx';
import { assignable, optionsOf, propertyLabel, useAllCategories, useAllProperties, useAllUsers } from '../shared/option-lists.ts';
import { RecordForm } from '../shared/record-form.tsx';
import type { RoutingRuleAnswer as RoutingRule } from '../../../../src/http/answers.ts';
import { useSave } from '../shared/use-save.ts';

interface Props {
  rule: RoutingRule | undefined;
  /** Position of a new rule: after the last one. */
  nextPosition: number;
  onSaved: (record: RoutingRule) => void;
  onCancel: () => void;
}

/** The form; it closes once the server accepted it. */
export function RoutingRuleForm({ rule, nextPosition, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const properties = useAllProperties();
  const categories = useAllCategories();
  const users = useAllUsers();
  const [name, setName] = useState(rule?.name ?? '');
  const [propertyId, setPropertyId] = useState<string | null>(rule?.propertyId ?? null);
  const [categoryId, setCategoryId] = useState<string | null>(rule?.categoryId ?? null);
  const [source, setSource] = useState<string | null>(rule?.source ?? null);
  const [assigneeId, setAssigneeId] = useState<string | null>(rule?.assigneeId ?? null);
  const [position, setPosition] = useState<number | null>(rule?.position ?? nextPosition);
  const [active, setActive] = useState(rule?.active ?? true);
  const [missing, setMissing] = useState(false);
  const save = useSave<RoutingRule>('routing-rules', rule?.id, onSaved);
  const errors = useFieldErrors(save.error);
  const noCriterion = !propertyId && !categoryId && !source;
  const clear = { 'aria-label': t('admin.common.clear') };

  const submit = () => {
    if (noCriterion || !assigneeId) {
      setMissing(true);
      return;
    }
    save.mutate({ name: name.trim(), propertyId, categoryId, source, assigneeId, active, ...(position !== null ? { position } : {}) });
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel} localProblems={missing && (noCriterion || !assigneeId)}>
      <TextInput label={t('admin.routing.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} data-autofocus />
      <Text size="sm" c="dimmed">
        {t('admin.routing.criteriaHelp')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t('admin.routing.property')}
          placeholder={t('admin.routing.anyProperty')}
          searchable
          clearable
          clearButtonProps={clear}
          data={optionsOf(properties.data, propertyLabel)}
          value={propertyId}
          onChange={setPropertyId}
          error={errors.propertyId ?? (missing && noCriterion ? t('admin.routing.needCriterion') : undefined)}
        />
        <Select
          label={t('admin.routing.category')}
          placeholder={t('admin.routing.anyCategory')}
          searchable
          clearable
          clearButtonProps={clear}
          data={optionsOf(categories.data, (c) => c.name)}
          value={categoryId}
          onChange={setCategoryId}
          error={errors.categoryId}
        />
        <Select
          label={t('admin.routing.source')}
          placeholder={t('admin.routing.anySource')}
          clearable
          clearButtonProps={clear}
          data={SOURCES.map((s) => ({ value: s, label: t(`codes.source.${s}`) }))}
          value={source}
          onChange={setSource}
          error={errors.source}
        />
      </SimpleGrid>
      <Select
        label={t('admin.routing.assignee')}
        description={t('admin.routing.assigneeHelp')}
        required
        searchable
        data={optionsOf(assignable(users.data), (u) => `${u.name} — ${u.roles.map((r) => t(`roles.${r}`)).join(', ')}`)}
        value={assigneeId}
        onChange={setAssigneeId}
        error={errors.assigneeId ?? (missing && !assigneeId ? t('admin.validation.required') : undefined)}
      />
      <IntegerInput
        label={t('admin.routing.position')}
        description={t('admin.routing.positionHelp')}
        value={position}
        onChange={setPosition}
        min={0}
        max={1_000_000}
        w={240}
        error={errors.position}
      />
      <Switch label={t('admin.routing.active')} checked={active} onChange={(e) => setActive(e.currentTarget.checked)} />
    </RecordForm>
  );
}
