// A titled part of a record's drawer (its units, its relations) with an "add" button and the
// notice of its last change.
import type { ReactNode } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { SavedNotice } from './saved-notice.tsx';

interface Props {
  /** The heading's id, which names the section for screen readers. */
  id: string;
  title: ReactNode;
  addLabel: string;
  onAdd: () => void;
  notice: string | null;
  children: ReactNode;
}

/** A `<section>` labelled by its level-3 heading. */
export function DrawerSection({ id, title, addLabel, onAdd, notice, children }: Props) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id} mt="xl">
      <Group justify="space-between">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        <Button size="compact-sm" onClick={onAdd}>
          {addLabel}
        </Button>
      </Group>
      <SavedNotice message={notice} />
      {children}
    </Stack>
  );
}
