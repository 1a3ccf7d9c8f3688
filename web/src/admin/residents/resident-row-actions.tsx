// One resident's actions: invite or remind, open their portal in preview, deactivate or
// reactivate. Each says what it did (or why it could not) through `onResult`.
import { Button, Group } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { adminErrorMessage } from '../shared/errors.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { deactivateResident, inviteResident, openPortalPreview, reactivateResident } from './resident-calls.ts';
import type { ResidentRow } from './resident-types.ts';

interface Props {
  row: ResidentRow;
  canAct: boolean;
  canPreview: boolean;
  onResult: (result: { ok: boolean; message: string }) => void;
}

/** Small buttons, those that fit the resident's state. */
export function ResidentRowActions({ row, canAct, canPreview, onResult }: Props) {
  const { t } = useTranslation();
  const run = useMutation({
    mutationFn: async (action: 'invite' | 'deactivate' | 'reactivate' | 'preview') => {
      if (action === 'invite') await inviteResident(row.personId);
      if (action === 'deactivate') await deactivateResident(row.personId);
      if (action === 'reactivate') await reactivateResident(row.personId);
      if (action === 'preview') await openPortalPreview(row.personId);
      return action;
    },
    onSuccess: (action) => {
      if (action === 'preview') return;
      const key = action === 'invite' ? (row.state === 'invited' ? 'reminded' : 'invited') : action === 'deactivate' ? 'deactivated' : 'reactivated';
      onResult({ ok: true, message: t(`admin.residents.done.${key}`, { name: row.name, email: row.emails[0] ?? '' }) });
    },
    onError: (error) => onResult({ ok: false, message: `${t('common.labelled', { label: row.name })} ${adminErrorMessage(t, error)}` }),
  });
  const inviteLabel = row.state === 'invited' ? t('admin.residents.remind') : t('admin.residents.invite');
  return (
    <Group gap={4} wrap="nowrap" justify="flex-end">
      {canAct && (row.state === 'none' || row.state === 'invited' || row.state === 'expired') && (
        <Button size="compact-xs" variant="light" loading={run.isPending && run.variables === 'invite'} aria-label={`${inviteLabel} — ${row.name}`} onClick={() => run.mutate('invite')}>
          {inviteLabel}
        </Button>
      )}
      {canPreview && row.state !== 'deactivated' && (
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconEye size={14} aria-hidden="true" />}
          aria-label={t('admin.residents.previewOf', { name: row.name })}
          onClick={() => run.mutate('preview')}
        >
          {t('admin.residents.preview')}
        </Button>
      )}
      {canAct && (row.state === 'active' || row.state === 'invited') && (
        <ConfirmButton
          size="compact-xs"
          variant="subtle"
          color="red.9"
          label={t('admin.residents.deactivate')}
          ariaLabel={t('admin.residents.deactivateOf', { name: row.name })}
          title={t('admin.residents.deactivateTitle', { name: row.name })}
          question={t('admin.residents.deactivateQuestion')}
          confirmLabel={t('admin.residents.deactivate')}
          onConfirm={() => run.mutate('deactivate')}
        />
      )}
      {canAct && row.state === 'deactivated' && (
        <Button size="compact-xs" variant="light" aria-label={t('admin.residents.reactivateOf', { name: row.name })} onClick={() => run.mutate('reactivate')}>
          {t('admin.residents.reactivate')}
        </Button>
      )}
    </Group>
  );
}
