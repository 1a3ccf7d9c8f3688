// What a list shows while it loads, when it failed, or when it is empty.
import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { adminErrorMessage } from './errors.ts';
import { Loading } from './loading.tsx';

interface Props {
  pending: boolean;
  error: unknown;
  empty: boolean;
  emptyText: string;
}

/** A loader, an alert, an "empty" line, or nothing once there are rows to show. */
export function ListState({ pending, error, empty, emptyText }: Props) {
  const { t } = useTranslation();
  if (pending) {
    return <Loading />;
  }
  if (error) {
    return (
      <Alert role="alert" color="red" title={t('admin.common.loadFailed')}>
        {adminErrorMessage(t, error)}
      </Alert>
    );
  }
  if (empty) return <Text c="dimmed">{emptyText}</Text>;
  return null;
}
