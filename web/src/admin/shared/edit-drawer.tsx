// The side panel in which a record is created or changed.
import type { ReactNode } from 'react';
import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: string;
}

/** A right-hand drawer with a labelled close button; its content mounts only while open. */
export function EditDrawer({ opened, title, onClose, children, size = 'xl' }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      title={title}
      position="right"
      size={size}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {opened && children}
    </Drawer>
  );
}
