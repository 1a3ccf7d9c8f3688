// The side panel in which a record is created or changed.
import type { ReactNode } from 'react';
import { Drawer } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../ui/dialog-focus.ts';

interface Props {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  size?: string;
}

/** A right-hand drawer with a labelled close button; its content mounts only while open; the first field
 * has the focus, and the button that opened it gets it back (ui/dialog-focus.ts). */
export function EditDrawer({ opened, title, onClose, children, size = 'xl' }: Props) {
  const { t } = useTranslation();
  const id = useDialogFocus(opened);
  return (
    <Drawer
      id={id}
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
