// The buttons under a record's form: save (submit) and cancel, with the "saved" notice.
import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedNotice } from './saved-notice.tsx';

interface Props {
  pending: boolean;
  onCancel: () => void;
  saved?: string | null;
  submitLabel?: string;
}

/** "Save" and "Cancel". */
export function FormActions({ pending, onCancel, saved = null, submitLabel }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <Button type="submit" loading={pending}>
        {submitLabel ?? t('common.save')}
      </Button>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <SavedNotice message={saved} />
    </Group>
  );
}
