// One structured field of a category: its key, labels in French and English, type, whether it
// is required, and the options of a list; moved up or down, or removed.
import { ActionIcon, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FIELD_TYPES, keyFromLabel, type FieldForm } from './category-form-state.ts';

interface Props {
  index: number;
  count: number;
  field: FieldForm;
  onChange: (field: FieldForm) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  errors: Record<string, string>;
}

/** A fieldset named "Field N" with its inputs and its three buttons. */
export function CategoryFieldEditor({ index, count, field, onChange, onMove, onRemove, errors }: Props) {
  const { t } = useTranslation();
  const error = (name: string) => errors[`fields.${index}.${name}`];
  const position = t('admin.categories.fieldN', { n: index + 1 });
  const set = (patch: Partial<FieldForm>) => onChange({ ...field, ...patch });
  return (
    <Fieldset legend={field.labelFr ? `${position} — ${field.labelFr}` : position} data-testid={`category-field-${index}`}>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('admin.categories.labelFr')}
          required
          value={field.labelFr}
          onChange={(event) => set({ labelFr: event.currentTarget.value })}
          onBlur={() => {
            if (!field.key.trim() && field.labelFr.trim()) set({ key: keyFromLabel(field.labelFr) });
          }}
          error={error('label.fr') ?? error('label')}
        />
        <TextInput
          label={t('admin.categories.labelEn')}
          required
          value={field.labelEn}
          onChange={(event) => set({ labelEn: event.currentTarget.value })}
          error={error('label.en')}
        />
        <TextInput
          label={t('admin.categories.key')}
          description={t('admin.categories.keyHelp')}
          required
          value={field.key}
          onChange={(event) => set({ key: event.currentTarget.value })}
          error={error('key')}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <NativeSelect
          label={t('admin.categories.type')}
          value={field.type}
          onChange={(event) => set({ type: event.currentTarget.value })}
          data={FIELD_TYPES.map((type) => ({ value: type, label: t(`admin.categories.types.${type}`) }))}
          error={error('type')}
        />
      </SimpleGrid>
      {field.type === 'select' && (
        <TagsInput
          mt="sm"
          label={t('admin.categories.options')}
          description={t('admin.categories.optionsHelp')}
          value={field.options}
          onChange={(options) => set({ options })}
          error={error('options')}
          maxTags={50}
          splitChars={[',', ';']}
        />
      )}
      <Group justify="space-between" mt="sm">
        <Checkbox label={t('admin.categories.required')} checked={field.required} onChange={(event) => set({ required: event.currentTarget.checked })} />
        <Group gap={4}>
          <ActionIcon variant="default" disabled={index === 0} onClick={() => onMove(-1)} aria-label={t('admin.common.moveUp', { item: position })}>
            <span aria-hidden="true">↑</span>
          </ActionIcon>
          <ActionIcon variant="default" disabled={index === count - 1} onClick={() => onMove(1)} aria-label={t('admin.common.moveDown', { item: position })}>
            <span aria-hidden="true">↓</span>
          </ActionIcon>
          <ActionIcon variant="default" color="red.9" onClick={onRemove} aria-label={t('admin.common.removeItem', { item: position })}>
            <span aria-hidden="true">×</span>
          </ActionIcon>
        </Group>
      </Group>
    </Fieldset>
  );
}
