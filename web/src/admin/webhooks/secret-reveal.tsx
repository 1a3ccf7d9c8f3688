// The signing secret of a webhook just created or renewed, shown this once in a dialog with a
// copy button, and how a receiver checks a delivery with it.
import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../inbound/copy-value.tsx';
import { WarningAlert } from '../shared/warning-alert.tsx';

interface Props {
  /** The secret to show, or null when the dialog is closed. */
  secret: string | null;
  /** Whether it is a new webhook's secret (else a renewed one). */
  created: boolean;
  onClose: () => void;
}

/** The dialog; "I copied it" closes it, and the secret is gone for good. */
export function SecretReveal({ secret, created, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={secret !== null}
      onClose={onClose}
      title={created ? t('webhooks.secret.createdTitle') : t('webhooks.secret.renewedTitle')}
      size="lg"
      // A click beside it would lose the secret for good: only its buttons close it.
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {secret !== null && (
        <Stack gap="md" data-testid="webhook-secret-dialog">
          <WarningAlert>{t('webhooks.secret.once')}</WarningAlert>
          <CopyValue value={secret} copyLabel={t('webhooks.secret.copy')} data-testid="webhook-secret" />
          <Text size="sm">
            {t('webhooks.secret.verify')}{' '}
            <Anchor href="/api/docs" target="_blank" rel="noreferrer" size="sm">
              {t('webhooks.secret.docs')}
            </Anchor>
          </Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('webhooks.secret.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
