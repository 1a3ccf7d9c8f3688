// Why a form was not saved: the server's refusal, or the problems the page found itself.
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { adminErrorMessage } from './errors.ts';

interface Props {
  title: string;
  /** The failed call, if the server refused. */
  error: unknown;
  /** Whether the page itself found fields to correct (it then sent nothing). */
  localProblems?: boolean;
}

/** A red alert under the form; nothing when all is well. */
export function FormAlert({ title, error, localProblems = false }: Props) {
  const { t } = useTranslation();
  if (!error && !localProblems) return null;
  return (
    <Alert role="alert" color="red" variant="light" title={title}>
      {error ? adminErrorMessage(t, error) : t('admin.errors.validation_failed')}
    </Alert>
  );
}
