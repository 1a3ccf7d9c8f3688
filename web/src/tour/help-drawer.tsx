// A screen's help: what the screen is for and how to use it, in a few lines, and where the tour is.
import { Drawer, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  screen: string;
  opened: boolean;
  onClose: () => void;
}

export default function HelpDrawer({ screen, opened, onClose }: Props) {
  const { t } = useTranslation();
  const lines = t(`help.screens.${screen}.lines`, { returnObjects: true });
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={t('help.title', { screen: t(`help.screens.${screen}.title`) })}
      closeButtonProps={{ 'aria-label': t('help.close') }}
      data-testid="help-drawer"
    >
      <Stack gap="md">
        <List spacing="xs" size="sm">
          {(Array.isArray(lines) ? (lines as string[]) : []).map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('help.tourHint')}
        </Text>
      </Stack>
    </Drawer>
  );
}
