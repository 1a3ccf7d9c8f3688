// A unit's permanent portal code ("Code permanent"): made on demand, shown once in a dialog with
// a copy button; making another revokes the previous one.
import { useState } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { CopyValue } from '../inbound/copy-value.tsx';
import { ErrorAlert } from '../shared/error-alert.tsx';
import { unitPortalCode } from './resident-calls.ts';

/** The button of a unit's row and its dialog. */
export function UnitCodeButton({ unitId, unitReference }: { unitId: string; unitReference: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const make = useMutation({ mutationFn: () => unitPortalCode(unitId) });
  const close = () => {
    setOpened(false);
    make.reset();
  };
  return (
    <>
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconKey size={14} aria-hidden="true" />}
        aria-label={t('admin.residents.unitCodeOf', { unit: unitReference })}
        onClick={() => setOpened(true)}
      >
        {t('admin.residents.unitCode')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('admin.residents.unitCodeTitle', { unit: unitReference })} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Stack gap="sm">
          {!make.data && <Text size="sm">{t('admin.residents.unitCodeQuestion')}</Text>}
          <ErrorAlert error={make.error} />
          {make.data && (
            <Alert color="teal" variant="light" title={t('admin.residents.unitCodeShownOnce')}>
              <CopyValue value={make.data.code} copyLabel={t('admin.residents.copyCode')} data-testid="unit-code" />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.close')}
            </Button>
            {!make.data && (
              <Button loading={make.isPending} onClick={() => make.mutate()}>
                {t('admin.residents.unitCodeMake')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
