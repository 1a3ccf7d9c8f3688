// A badge whose colours keep a 4.5:1 contrast (WCAG AA) whatever it says: outlined dark shades
// on white, or a filled light yellow with dark text for warnings.
import type { ReactNode } from 'react';
import { Badge, type BadgeProps } from '@mantine/core';

export type Tone = 'ok' | 'info' | 'warn' | 'bad' | 'neutral';

const TONES: Record<Tone, Pick<BadgeProps, 'color' | 'variant' | 'c'>> = {
  ok: { color: 'teal.9', variant: 'outline' },
  info: { color: 'blue.9', variant: 'outline' },
  warn: { color: 'yellow.4', variant: 'filled', c: 'dark.9' },
  bad: { color: 'red.9', variant: 'filled' },
  neutral: { color: 'gray.7', variant: 'outline' },
};

interface Props extends Omit<BadgeProps, 'color' | 'variant' | 'c'> {
  tone: Tone;
  children: ReactNode;
  'data-testid'?: string;
}

// A badge never shrinks below its word: Mantine's badge hides its overflow with an ellipsis, which
// a narrow table column turned into "Ret…".
const WHOLE_WORD = { root: { minWidth: 'max-content', overflow: 'visible' }, label: { overflow: 'visible' } } as const;

/** A Badge in one of the five tones; the text keeps its case and is always shown whole. */
export function StatusBadge({ tone, children, ...props }: Props) {
  return (
    <Badge tt="none" styles={WHOLE_WORD} {...TONES[tone]} {...props}>
      {children}
    </Badge>
  );
}
