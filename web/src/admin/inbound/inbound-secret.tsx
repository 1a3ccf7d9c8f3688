// The HTTP door and its secret: the endpoint, the SMTP port, the secret hidden until asked (copy
// works either way), and "renew" after a confirmation, since the old secret stops at once.
import { useState } from 'react';
import { ActionIcon, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api.ts';
import type { InboundSettingsAnswer } from '../../../../src/http/answers.ts';
import { ConfirmButton } from '../shared/confirm-button.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { adminKeys } from '../shared/queries.ts';
import { SavedNotice } from '../shared/saved-notice.tsx';
import { SettingsSection } from '../settings/settings-section.tsx';
import { CopyValue } from './copy-value.tsx';

/** The doors' facts and the secret's controls. */
export function InboundSecret({ settings }: { settings: InboundSettingsAnswer }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [revealed, setRevealed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const renew = useMutation({
    mutationFn: () => api.post<InboundSettingsAnswer>('/api/v1/settings/inbound/secret'),
    onMutate: () => setNotice(null),
    onSuccess: (next) => {
      queryClient.setQueryData(adminKeys.kind('inbound-settings'), next);
      setNotice(t('admin.inbound.secret.renewed'));
    },
  });
  const masked = '•'.repeat(24);
  return (
    <SettingsSection legend={t('admin.inbound.doors.title')} description={t('admin.inbound.doors.intro')}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('admin.inbound.doors.smtp')}
        </Text>
        {settings.smtpPort === null ? (
          <Text size="sm" c="dimmed" data-testid="inbound-smtp-port">
            {t('admin.inbound.doors.smtpOff')}
          </Text>
        ) : (
          <Text size="sm" data-testid="inbound-smtp-port">
            {t('admin.inbound.doors.smtpOn', { port: settings.smtpPort, domain: settings.domain })}
          </Text>
        )}
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('admin.inbound.doors.endpoint')}
        </Text>
        <CopyValue value={settings.endpoint} copyLabel={t('admin.inbound.doors.copyEndpoint')} data-testid="inbound-endpoint" />
        <Text size="xs" c="dimmed">
          {t('admin.inbound.doors.endpointHint')}
        </Text>
      </Stack>
      <Stack gap={4}>
        <Text size="sm" fw={600} id="inbound-secret-label">
          {t('admin.inbound.secret.title')}
        </Text>
        <Group gap={4} wrap="nowrap">
          <CopyValue
            value={settings.secret}
            shown={revealed ? settings.secret : masked}
            copyLabel={t('admin.inbound.secret.copy')}
            data-testid="inbound-secret"
          />
          <Tooltip label={revealed ? t('admin.inbound.secret.hide') : t('admin.inbound.secret.reveal')} withArrow>
            <ActionIcon
              variant="subtle"
              color="gray.7"
              aria-label={revealed ? t('admin.inbound.secret.hide') : t('admin.inbound.secret.reveal')}
              aria-pressed={revealed}
              onClick={() => setRevealed(!revealed)}
            >
              {revealed ? <IconEyeOff size={16} stroke={1.6} aria-hidden="true" /> : <IconEye size={16} stroke={1.6} aria-hidden="true" />}
            </ActionIcon>
          </Tooltip>
        </Group>
        <Text size="xs" c="dimmed">
          {t('admin.inbound.secret.hint')}
        </Text>
      </Stack>
      <Group gap="sm">
        <ConfirmButton
          variant="default"
          loading={renew.isPending}
          label={t('admin.inbound.secret.renew')}
          title={t('admin.inbound.secret.renewTitle')}
          question={t('admin.inbound.secret.renewQuestion')}
          confirmLabel={t('admin.inbound.secret.renewConfirm')}
          onConfirm={() => renew.mutate()}
        />
        <SavedNotice message={notice} />
      </Group>
      <ErrorAlert error={renew.error} title={t('admin.inbound.secret.notRenewed')} />
    </SettingsSection>
  );
}
