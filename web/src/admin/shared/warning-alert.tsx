// A warning (not an error): a yellow frame, the text in the page's own colour so that it reads
// at 4.5:1.
import type { ReactNode } from 'react';
import { Alert } from '@mantine/core';

interface Props {
  title?: string;
  children: ReactNode;
  'data-testid'?: string;
  mt?: number | string;
}

/** A light yellow Alert with dark title and text. */
export function WarningAlert({ title, children, ...props }: Props) {
  return (
    <Alert
      color="yellow"
      variant="light"
      title={title}
      styles={{ title: { color: 'var(--mantine-color-text)' }, message: { color: 'var(--mantine-color-text)' } }}
      {...props}
    >
      {children}
    </Alert>
  );
}
