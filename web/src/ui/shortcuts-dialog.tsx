// The list of keyboard shortcuts, opened with `?` or from the user's menu (its own chunk).
import { Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from './dialog-focus.ts';
import { SHORTCUTS } from './shortcuts.ts';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** A dialog with a table: the keys, and what they do where. */
export default function ShortcutsDialog({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const id = useDialogFocus(opened);
  return (
    <Modal id={id} opened={opened} onClose={onClose} title={t('shortcuts.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('shortcuts.intro')}
      </Text>
      <Table verticalSpacing={6} data-testid="shortcuts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('shortcuts.keys')}</Table.Th>
            <Table.Th scope="col">{t('shortcuts.action')}</Table.Th>
            <Table.Th scope="col">{t('shortcuts.where')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {SHORTCUTS.map((shortcut) => (
            <Table.Tr key={shortcut.label}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && ' '}
                    <Kbd size="sm">{key === 'Enter' ? t('shortcuts.enter') : key}</Kbd>
                  </span>
                ))}
              </Table.Td>
              <Table.Td>{t(shortcut.label)}</Table.Td>
              <Table.Td>{t(`shortcuts.scope.${shortcut.scope}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
