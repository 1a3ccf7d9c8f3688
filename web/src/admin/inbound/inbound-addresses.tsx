// The agency's inbound addresses: its own, then one per property with a reference and one per
// manager, each with a copy button.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InboundSettingsAnswer } from '../../../../src/http/answers.ts';
import { SettingsSection } from '../settings/settings-section.tsx';
import { CopyValue } from './copy-value.tsx';

type Address = InboundSettingsAnswer['addresses'][number];

/** The table of addresses, the agency's first. */
export function InboundAddresses({ addresses }: { addresses: Address[] }) {
  const { t } = useTranslation();
  return (
    <SettingsSection legend={t('admin.inbound.addresses.title')} description={t('admin.inbound.addresses.intro')}>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" data-testid="inbound-addresses">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.inbound.addresses.for')}</Table.Th>
              <Table.Th scope="col">{t('admin.inbound.addresses.address')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {addresses.map((a) => (
              <Table.Tr key={a.address} data-kind={a.kind}>
                <Table.Th scope="row" fw={500}>
                  <Text size="sm" fw={500}>
                    {a.label}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`admin.inbound.addresses.kinds.${a.kind}`, { defaultValue: a.kind })}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <CopyValue value={a.address} copyLabel={t('admin.inbound.addresses.copy', { address: a.address })} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </SettingsSection>
  );
}
