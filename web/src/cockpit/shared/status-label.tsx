// A ticket's status as text, in the colour of who must act: blue (the manager), grey (someone
// else), red (closed). The colour repeats what the words say; it never says it alone. A plain
// span: the list draws fifty of them.
import type { StatusKind } from '../../../../src/domain/tickets/codes.ts';
import { useLabels } from './labels.ts';

const COLOURS: Record<StatusKind, string> = {
  action: 'var(--mantine-color-blue-9)',
  waiting: 'var(--mantine-color-gray-7)',
  dispatches: 'var(--mantine-color-gray-7)',
  closed: 'var(--mantine-color-red-9)',
};

const SIZES = { sm: 'var(--mantine-font-size-sm)', md: 'var(--mantine-font-size-md)' };

/** The status label. */
export function StatusLabel({ status, kind, size = 'sm' }: { status: string; kind: StatusKind; size?: 'sm' | 'md' }) {
  const labels = useLabels();
  return (
    <span style={{ color: COLOURS[kind], fontWeight: 600, fontSize: SIZES[size] }} data-status={status} data-status-kind={kind}>
      {labels.status(status)}
    </span>
  );
}
