// Moving a routing rule up or down: the rules get positions 10, 20, 30… in their new order, and
// only those whose position changes are sent.
import { compareLabels } from '../../i18n/collate.ts';

/** The rules in the order they are tried: by position, then by name. */
export function inOrder<T extends { position: number; name: string }>(rules: T[]): T[] {
  return [...rules].sort((a, b) => a.position - b.position || compareLabels(a.name, b.name));
}

/** The position changes that move the rule at `index` by `by` (−1 up, +1 down). */
export function moveChanges<T extends { id: string; position: number }>(ordered: T[], index: number, by: -1 | 1): { id: string; position: number }[] {
  const target = index + by;
  if (target < 0 || target >= ordered.length) return [];
  const next = [...ordered];
  const [moved] = next.splice(index, 1);
  if (!moved) return [];
  next.splice(target, 0, moved);
  return next.map((rule, i) => ({ id: rule.id, position: (i + 1) * 10, was: rule.position })).filter((r) => r.position !== r.was).map(({ id, position }) => ({ id, position }));
}
