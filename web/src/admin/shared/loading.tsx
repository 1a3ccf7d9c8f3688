// "Loading…" for everyone: a spinner for the eyes, a status line for screen readers.
import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  label?: string;
  size?: 'xs' | 'sm' | 'md';
}

/** A centred spinner in a polite status region. */
export function Loading({ label, size = 'md' }: Props) {
  const { t } = useTranslation();
  return (
    <Center role="status" p={size === 'md' ? 'xl' : 'xs'}>
      <Loader size={size} aria-hidden="true" />
      <VisuallyHidden>{label ?? t('app.loading')}</VisuallyHidden>
    </Center>
  );
}
