// Sending a user a link to choose a new password: nobody sets another user's password, the user
// does, from the email (24 hours, once).
import { Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { SavedNotice } from '../shared/saved-notice.tsx';
import type { UserAnswer as StaffUser } from '../../../../src/http/answers.ts';

/** The button (asked again), and a notice once the email is on its way. */
export function SendResetLink({ user }: { user: StaffUser }) {
  const { t } = useTranslation();
  const send = useMutation({ mutationFn: () => api.post<{ accepted: true }>(`/api/v1/users/${user.id}/password-reset`) });
  return (
    <div>
      <Group gap="sm">
        <ConfirmButton
          variant="default"
          loading={send.isPending}
          disabled={!user.active}
          label={t('admin.users.sendReset')}
          title={t('admin.users.sendResetTitle')}
          question={t('admin.users.sendResetQuestion', { name: user.name, email: user.email })}
          confirmLabel={t('admin.users.sendResetConfirm')}
          onConfirm={() => send.mutate()}
        />
        <SavedNotice message={send.isSuccess ? t('admin.users.resetSent', { email: user.email }) : null} />
      </Group>
      <ErrorAlert error={send.error} />
    </div>
  );
}
