// The frame of a page that lists records of one kind: the "new" button among the page's
// buttons, and the notice of the last save above the list.
import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { AdminPage } from './admin-page.tsx';
import { SavedNotice } from './saved-notice.tsx';

interface Props {
  title: string;
  description: ReactNode;
  newLabel: string;
  /** The page's `useEditing` state: "new" opens its drawer. */
  edit: { opened: boolean; notice: string | null; open: (target: 'new') => void };
  children: ReactNode;
}

/**
 * AdminPage with "new" and the saved notice. While the drawer is open the notice is left to the
 * drawer (a record just created stays open there), so it is not said twice.
 */
export function RecordsPage({ title, description, newLabel, edit, children }: Props) {
  return (
    <AdminPage title={title} description={description} actions={<Button onClick={() => edit.open('new')}>{newLabel}</Button>}>
      <SavedNotice message={edit.opened ? null : edit.notice} />
      {children}
    </AdminPage>
  );
}
