// The frame of every administration page: its title (also the window's), an introduction, the
// page's own buttons, then its content.
import { useEffect, type ReactNode } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HelpButton } from '../../tour/help-button.tsx';

interface Props {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}

/** A titled page; the title is the level-2 heading the cockpit's pages share. */
export function AdminPage({ title, description, actions, children }: Props) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} — ${t('app.name')}`;
  }, [title, t]);

  return (
    <Stack gap="md" maw={1280}>
      <Group justify="space-between" align="flex-start" wrap="wrap" data-tour="page-header">
        <div>
          <Title order={2} id="page-title">
            {title}
          </Title>
          {description && (
            <Text c="dimmed" size="sm" maw={760}>
              {description}
            </Text>
          )}
        </div>
        <Group gap="sm">
          <HelpButton />
          {actions}
        </Group>
      </Group>
      {children}
    </Stack>
  );
}
