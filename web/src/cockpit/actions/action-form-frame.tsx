// The frame of every action form: its fields, then Cancel and the submit button.
import { useRef, type FormEvent, type ReactNode } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { resetStaleErrors, staleErrorHandlers } from '../../ui/stale-errors.ts';

interface Props {
  children: ReactNode;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel?: string;
  danger?: boolean;
}

/** A `<form>` whose submit runs `onSubmit`; Enter submits, Escape closes the dialog; a changed field's
 * error goes (ui/stale-errors.ts). */
export function ActionFormFrame({ children, pending, onSubmit, onCancel, submitLabel, danger }: Props) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    resetStaleErrors(form.current);
    onSubmit();
  };
  // A field's error goes as soon as the field changes; the refusal above stays until the next submit.
  return (
    <form ref={form} onSubmit={submit} noValidate {...staleErrorHandlers}>
      <Stack gap="sm">
        {children}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending} color={danger ? 'red.9' : undefined}>
            {submitLabel ?? t('common.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
