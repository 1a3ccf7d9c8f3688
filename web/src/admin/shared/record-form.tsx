// The frame of a record's form in a drawer or window: the fields, why it was not saved, then
// "save" and "cancel". Browser validation is off (noValidate) so that the server's messages,
// mapped to the fields by `useFieldErrors`, are the ones shown.
import { useRef, type FormEvent, type ReactNode } from 'react';
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormActions } from './form-actions.tsx';
import { resetStaleErrors, staleErrorHandlers } from '../../ui/stale-errors.ts';
import { FormAlert } from './form-alert.tsx';

interface Props {
  /** The save call: its refusal is said under the fields, its progress on the button. */
  save: { error: unknown; isPending: boolean };
  /** Called on submit, the browser's own submission prevented. */
  onSubmit: () => void;
  onCancel: () => void;
  /** Whether the form found fields to correct itself (it then sent nothing). */
  localProblems?: boolean;
  gap?: 'sm' | 'md';
  children: ReactNode;
}

/** `<form>` with its fields, the alert and the buttons in one column. */
export function RecordForm({ save, onSubmit, onCancel, localProblems, gap = 'md', children }: Props) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    resetStaleErrors(form.current);
    onSubmit();
  };
  // A field's error goes as soon as the field changes (ui/stale-errors.ts).
  return (
    <form ref={form} onSubmit={submit} noValidate {...staleErrorHandlers}>
      <Stack gap={gap}>
        {children}
        <FormAlert title={t('admin.common.notSaved')} error={save.error} localProblems={localProblems} />
        <FormActions pending={save.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
