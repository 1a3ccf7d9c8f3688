// Creating or changing a category: its name, whether residents may choose it, and its fields.
import { useState } from 'react';
import { Button, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldErrors } from '../shared/errors.ts';
import { RecordForm } from '../shared/record-form.tsx';
import type { CategoryAnswer as Category } from '../../../../src/http/answers.ts';
import { useSave } from '../shared/use-save.ts';
import { CategoryFieldEditor } from './category-field-editor.tsx';
import { blankField, MAX_FIELDS, toBody, toForm, type CategoryForm as Form, type FieldForm } from './category-form-state.ts';

interface Props {
  category: Category | undefined;
  onSaved: (record: Category) => void;
  onCancel: () => void;
}

/** The form; it closes once the server accepted it. */
export function CategoryForm({ category, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => toForm(category));
  const save = useSave<Category>('categories', category?.id, onSaved);
  const errors = useFieldErrors(save.error);

  const setFields = (fields: FieldForm[]) => setForm((current) => ({ ...current, fields }));
  const move = (index: number, by: -1 | 1) => {
    const fields = [...form.fields];
    const [moved] = fields.splice(index, 1);
    if (moved) fields.splice(index + by, 0, moved);
    setFields(fields);
  };
  const submit = () => {
    save.mutate(toBody(form));
  };

  return (
    <RecordForm save={save} onSubmit={submit} onCancel={onCancel}>
      <TextInput
        label={t('admin.categories.name')}
        required
        value={form.name}
        onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
        error={errors.name}
        data-autofocus
      />
      <Switch
        label={t('admin.categories.active')}
        description={t('admin.categories.activeHelp')}
        checked={form.active}
        onChange={(event) => setForm({ ...form, active: event.currentTarget.checked })}
      />
      <Text fw={600}>{t('admin.categories.fields')}</Text>
      <Text size="sm" c="dimmed">
        {t('admin.categories.fieldsHelp')}
      </Text>
      {form.fields.map((field, index) => (
        <CategoryFieldEditor
          key={field.uid}
          index={index}
          count={form.fields.length}
          field={field}
          onChange={(next) => setFields(form.fields.map((f, i) => (i === index ? next : f)))}
          onMove={(by) => move(index, by)}
          onRemove={() => setFields(form.fields.filter((_, i) => i !== index))}
          errors={errors}
        />
      ))}
      {errors.fields && (
        <Text size="sm" c="red.9">
          {errors.fields}
        </Text>
      )}
      <div>
        <Button variant="default" disabled={form.fields.length >= MAX_FIELDS} onClick={() => setFields([...form.fields, blankField()])}>
          {t('admin.categories.addField')}
        </Button>
      </div>
    </RecordForm>
  );
}
