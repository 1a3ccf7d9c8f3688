// Signing a user out everywhere (a lost phone, a departure).
import { Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { UserAnswer as StaffUser } from '../../../../src/http/answers.ts';

/** The button (asked again), and how many sessions were closed. */
export function RevokeSessions({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const revoke = useMutation({ mutationFn: () => api.post<{ revoked: number }>(`/api/v1/users/${user.id}/revoke-sessions`) });
  return (
    <div>
      <Group gap="sm">
        <ConfirmButton
          variant="default"
          color="red.9"
          loading={revoke.isPending}
          label={t('admin.users.revoke')}
          title={t('admin.users.revokeTitle')}
          question={t('admin.users.revokeQuestion', { name: user.name })}
          confirmLabel={t('admin.users.revokeConfirm')}
          onConfirm={() => revoke.mutate()}
        />
        <SavedNotice message={revoke.data ? t('admin.users.revoked', { count: revoke.data.revoked }) : null} />
      </Group>
      <ErrorAlert error={revoke.error} />
    </div>
  );
}
