// The subject or the description, edited in place: a "modify" button turns the text into a field
// with Save and Cancel; saving sends the `edit` action.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { fieldProblems } from '../../api.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { usePerformAction } from '../shared/ticket-queries.ts';

interface Props {
  number: number;
  field: 'subject' | 'description';
  value: string;
  label: string;
  editable: boolean;
  multiline?: boolean;
  children: ReactNode;
}

/** The text as `children`, with its edit button when the ticket allows `edit`. */
export function EditableText({ number, field, value, label, editable, multiline, children }: Props) {
  const { t } = useTranslation();
  const perform = usePerformAction(number);
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null) {
    return (
      <Stack gap={2}>
        {children}
        {editable && (
          <Button
            variant="subtle"
            size="compact-xs"
            leftSection={<IconPencil size={14} stroke={1.6} aria-hidden="true" />}
            style={{ alignSelf: 'flex-start' }}
            className="gardien-no-print"
            aria-label={t('ticket.editField', { field: label })}
            onClick={() => {
              perform.reset();
              setDraft(value);
            }}
          >
            {t('common.modify')}
          </Button>
        )}
      </Stack>
    );
  }

  const save = () => {
    if (draft.trim() === value.trim()) return setDraft(null);
    perform.mutate({ body: { action: 'edit', [field]: field === 'subject' ? draft.trim() : draft } }, { onSuccess: () => setDraft(null) });
  };
  const error = fieldProblems(perform.error).find((p) => p.field === field)?.message;

  return (
    <Stack gap="xs">
      {multiline ? (
        <Textarea label={label} value={draft} autosize minRows={3} onChange={(e) => setDraft(e.currentTarget.value)} error={error} autoFocus />
      ) : (
        <TextInput label={label} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} error={error} autoFocus />
      )}
      {perform.isError && !error && (
        <Alert role="alert" color="red">
          {errorMessage(t, perform.error)}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="compact-sm" loading={perform.isPending} onClick={save}>
          {t('common.save')}
        </Button>
        <Button size="compact-sm" variant="default" onClick={() => setDraft(null)}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
