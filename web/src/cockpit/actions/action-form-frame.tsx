// The frame of every action form: its fields, then Cancel and the submit button.
import type { FormEvent, ReactNode } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  children: ReactNode;
  pending: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel?: string;
  danger?: boolean;
}

/** A `<form>` whose submit runs `onSubmit`; Enter submits, Escape closes the dialog. */
export function ActionFormFrame({ children, pending, onSubmit, onCancel, submitLabel, danger }: Props) {
  const { t } = useTranslation();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
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
