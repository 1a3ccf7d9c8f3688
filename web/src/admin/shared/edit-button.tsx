// The small "change" button at the end of a table row.
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  onClick: () => void;
  /** The record's name, so that each row's button has its own accessible name. */
  name?: string;
  /** Another accessible name than "change {name}". */
  ariaLabel?: string;
  /** Another visible label than "change". */
  label?: string;
  size?: 'compact-sm' | 'compact-xs';
}

/** A default-variant compact button; without name nor ariaLabel its text is its name. */
export function EditButton({ onClick, name, ariaLabel, label, size = 'compact-sm' }: Props) {
  const { t } = useTranslation();
  return (
    <Button size={size} variant="default" onClick={onClick} aria-label={ariaLabel ?? (name === undefined ? undefined : t('admin.common.editNamed', { name }))}>
      {label ?? t('common.modify')}
    </Button>
  );
}
