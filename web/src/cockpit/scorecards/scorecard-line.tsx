// The compact line beside a contractor where a manager picks one: "92 % acceptés · accepte en 3 h
// · ★ 4 bons / 1 mauvais" over the last twelve months.
import { Text } from '@mantine/core';
import { useScorecardFormat } from './scorecard-format.ts';
import type { Scorecard } from './scorecard-queries.ts';

/** The line, dimmed and small; nothing while the figures are loading. */
export function ScorecardLine({ card }: { card: Scorecard | undefined }) {
  const format = useScorecardFormat();
  if (!card) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="scorecard-line">
      {format.compact(card)}
    </Text>
  );
}
