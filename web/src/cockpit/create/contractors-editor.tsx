// The ticket's contractors: one by default, "add another" for more (a work order then becomes
// multi-contractor, a quote request multiple).
import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContractorEditor } from './contractor-editor.tsx';
import { emptyContractor, type ContractorDraft } from './drafts.ts';

interface Props {
  value: ContractorDraft[];
  onChange: (value: ContractorDraft[]) => void;
  kind: 'work_order' | 'quote';
  errors: Record<string, string>;
}

/** One editor per contractor, and the add button. */
export function ContractorsEditor({ value, onChange, kind, errors }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {errors.contractors && (
        <Alert color="red" role="alert">
          {errors.contractors}
        </Alert>
      )}
      {value.map((draft, index) => (
        <ContractorEditor
          key={draft.key}
          legend={t('contractor.numbered', { n: index + 1 })}
          value={draft}
          onChange={(next) => onChange(value.map((d) => (d.key === next.key ? next : d)))}
          onRemove={value.length > 1 ? () => onChange(value.filter((d) => d.key !== draft.key)) : undefined}
          errors={errors}
          prefix={`contractors.${index}.`}
        />
      ))}
      {value.length > 1 && (
        <Alert color="blue" variant="light" role="note">
          {t(kind === 'quote' ? 'create.multipleQuotes' : 'create.multipleWorkOrder')}
        </Alert>
      )}
      <Button variant="default" size="compact-sm" onClick={() => onChange([...value, emptyContractor()])} style={{ alignSelf: 'flex-start' }}>
        {t('contractor.add')}
      </Button>
    </Stack>
  );
}
