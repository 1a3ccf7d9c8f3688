// What is done for a whole property: invite everyone not yet in, remind the invited, print the
// letters with a code, export the list. Bulk actions are confirmed first; their results are said
// in words ("12 invitations envoyées, 3 personnes sans e-mail").
import { Button, Group } from '@mantine/core';
import { IconDownload, IconFileTypePdf } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { adminErrorMessage } from '../shared/errors.ts';
import { download, exportUrl, inviteProperty, lettersUrl } from './resident-calls.ts';
import type { InvitationsResult } from './resident-types.ts';

interface Props {
  propertyId: string | null;
  propertyName: string | null;
  canAct: boolean;
  onResult: (result: { ok: boolean; message: string }) => void;
}

/** "12 invitations envoyées, 3 personnes sans e-mail, 1 personne déjà active". */
export function invitationsSentence(t: TFunction, list: (items: string[]) => string, result: InvitationsResult, remind: boolean): string {
  const byReason = new Map<string, number>();
  for (const { reason } of result.skipped) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
  const parts = [t(remind ? 'admin.residents.bulk.reminded' : 'admin.residents.bulk.invited', { count: result.invited })];
  for (const [reason, count] of byReason) {
    parts.push(t(`admin.residents.bulk.skipped.${reason}`, { count, defaultValue: t('admin.residents.bulk.skipped.other', { count, reason }) }));
  }
  return list(parts);
}

/** The property's buttons; without a chosen property, only the export of everyone. */
export function PropertyActions({ propertyId, propertyName, canAct, onResult }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const invite = useMutation({
    mutationFn: (remind: boolean) => inviteProperty(propertyId!, remind),
    onSuccess: (result, remind) => onResult({ ok: true, message: invitationsSentence(t, format.list, result, remind) }),
    onError: (error) => onResult({ ok: false, message: adminErrorMessage(t, error) }),
  });
  const name = propertyName ?? '';
  return (
    <Group gap="xs" data-testid="property-actions">
      {propertyId && canAct && (
        <>
          <ConfirmButton
            size="xs"
            label={t('admin.residents.inviteAll')}
            title={t('admin.residents.inviteAllTitle', { name })}
            question={t('admin.residents.inviteAllQuestion', { name })}
            confirmLabel={t('admin.residents.inviteAll')}
            loading={invite.isPending && invite.variables === false}
            onConfirm={() => invite.mutate(false)}
          />
          <ConfirmButton
            size="xs"
            variant="light"
            label={t('admin.residents.remindAll')}
            title={t('admin.residents.remindAllTitle', { name })}
            question={t('admin.residents.remindAllQuestion', { name })}
            confirmLabel={t('admin.residents.remindAll')}
            loading={invite.isPending && invite.variables === true}
            onConfirm={() => invite.mutate(true)}
          />
          <ConfirmButton
            size="xs"
            variant="light"
            leftSection={<IconFileTypePdf size={16} aria-hidden="true" />}
            label={t('admin.residents.letters')}
            title={t('admin.residents.lettersTitle', { name })}
            question={t('admin.residents.lettersQuestion')}
            confirmLabel={t('admin.residents.lettersDownload')}
            onConfirm={() => {
              download(lettersUrl(propertyId));
              onResult({ ok: true, message: t('admin.residents.lettersStarted', { name }) });
            }}
          />
        </>
      )}
      <Button size="xs" variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} component="a" href={exportUrl(propertyId)} download>
        {t('admin.residents.export')}
      </Button>
    </Group>
  );
}
