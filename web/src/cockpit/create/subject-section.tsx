// The form's second part: subject (repeated in every message), the manager's description (sent
// to contractors), the requester's own words, the category and its structured fields.
import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../shared/master-data.ts';
import { CategoryFields } from './category-fields.tsx';
import type { TicketFormState } from './ticket-form-state.ts';
import { sortByLabel } from '../../i18n/collate.ts';

interface Props {
  state: TicketFormState;
  onChange: (patch: Partial<TicketFormState>) => void;
  errors: Record<string, string>;
}

/** Subject, descriptions and category. */
export function SubjectSection({ state, onChange, errors }: Props) {
  const { t } = useTranslation();
  const categories = useCategories();
  const category = categories.data?.find((c) => c.id === state.categoryId);

  return (
    <Stack gap="sm">
      <TextInput
        label={t('fields.subject')}
        description={t('create.subjectHint')}
        required
        maxLength={300}
        value={state.subject}
        onChange={(event) => onChange({ subject: event.currentTarget.value })}
        error={errors.subject}
      />
      <Textarea
        label={t('fields.description')}
        description={t('create.descriptionHint')}
        autosize
        minRows={3}
        value={state.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={errors.description}
      />
      <Textarea
        label={t('fields.originalDescription')}
        description={t('create.originalDescriptionHint')}
        autosize
        minRows={2}
        value={state.originalDescription}
        onChange={(event) => onChange({ originalDescription: event.currentTarget.value })}
        error={errors.originalDescription}
      />
      {!categories.isError && (
        <Select
          label={t('fields.category')}
          clearable
          searchable
          value={state.categoryId}
          onChange={(categoryId) => onChange({ categoryId, categoryFields: {} })}
          data={sortByLabel(categories.data ?? [], (c) => c.name).map((c) => ({ value: c.id, label: c.name }))}
          error={errors.categoryId}
        />
      )}
      {category && (
        <CategoryFields fields={category.fields} values={state.categoryFields} onChange={(categoryFields) => onChange({ categoryFields })} errors={errors} />
      )}
    </Stack>
  );
}
