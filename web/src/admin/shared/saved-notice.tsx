// "Saved" said next to a form's button after the server accepted it, politely announced.
import { Text } from '@mantine/core';

interface Props {
  /** The message, or nothing to show. */
  message: string | null;
}

/** A status line (role=status): shown after a successful save, empty otherwise. */
export function SavedNotice({ message }: Props) {
  return (
    <Text role="status" size="sm" c="teal.9" fw={600} data-testid="saved-notice">
      {message ?? ''}
    </Text>
  );
}
