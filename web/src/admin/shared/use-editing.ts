// Which record a page's drawer edits ('new' for a new one), and what the page says once saved.
import { useState } from 'react';

/** The drawer's state and the "saved" notice of a list page. */
export function useEditing<T>() {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  return {
    opened: editing !== null,
    isNew: editing === 'new',
    /** The stored record being changed, if any. */
    record: editing === 'new' || editing === null ? undefined : editing,
    open: (target: T | 'new') => {
      setNotice(null);
      setEditing(target);
    },
    close: () => setEditing(null),
    /** Closes the drawer and says `message` on the page. */
    saved: (message: string) => {
      setEditing(null);
      setNotice(message);
    },
    /** Keeps the drawer open on `target` (a record just created) and says `message`. */
    reopen: (target: T, message: string) => {
      setEditing(target);
      setNotice(message);
    },
    notice,
  };
}
