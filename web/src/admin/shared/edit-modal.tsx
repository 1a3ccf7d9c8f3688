// The small window in which a part of a record (a unit, a relation) is added or changed, inside
// the record's drawer.
import type { ReactNode } from 'react';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDialogFocus } from '../../ui/dialog-focus.ts';

interface Props {
  opened: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A modal with a labelled close button; its content mounts only while open, so each opening starts afresh;
 * the first field has the focus, and the button that opened it gets it back (ui/dialog-focus.ts). */
export function EditModal({ opened, title, onClose, children }: Props) {
  const { t } = useTranslation();
  const id = useDialogFocus(opened);
  return (
    <Modal id={id} opened={opened} onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {opened && children}
    </Modal>
  );
}
