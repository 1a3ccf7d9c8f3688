// A refused or failed call, said in a red alert that screen readers announce.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { adminErrorMessage } from './errors.ts';

interface Props {
  error: unknown;
  title?: string;
}

/** The error's sentence under an optional title; nothing when there is no error. */
export function ErrorAlert({ error, title }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={title}>
      {adminErrorMessage(t, error)}
    </Alert>
  );
}
