// A button whose action is asked again in a small dialog before it is done.
import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Text, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<ButtonProps, 'children' | 'onClick'> {
  label: string;
  /** Another accessible name than the label ("remove {name}" on each row of a list). */
  ariaLabel?: string;
  /** The dialog's title and question. */
  title: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}

/** Opens the dialog; "confirm" runs `onConfirm` and closes it, "cancel" only closes it. */
export function ConfirmButton({ label, ariaLabel, title, question, confirmLabel, onConfirm, ...buttonProps }: Props) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button {...buttonProps} aria-label={ariaLabel} onClick={() => setOpened(true)}>
        {label}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
        <Text mb="md">{question}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setOpened(false)}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red.9"
            onClick={() => {
              setOpened(false);
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Modal>
    </>
  );
}
