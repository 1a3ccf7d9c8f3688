// A list of labelled values (a `<dl>`), as the ticket header shows them.
import type { ReactNode } from 'react';
import { Box, Text } from '@mantine/core';

/** The list; its children are InfoItems. */
export function InfoList({ children }: { children: ReactNode }) {
  return (
    <Box component="dl" m={0} style={{ display: 'grid', gridTemplateColumns: 'minmax(0, max-content) minmax(0, 1fr)', columnGap: 12, rowGap: 4 }}>
      {children}
    </Box>
  );
}

/** One label and its value; nothing when the value is empty. */
export function InfoItem({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} data-testid={testId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {children}
      </Text>
    </>
  );
}
