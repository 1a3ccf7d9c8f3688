// Stands in for the `react-is` package, which recharts (under @mantine/charts) imports as a peer
// dependency that the project does not install yet: recharts reads only `isFragment`. Used by
// web/vite.config.ts only while `react-is` cannot be resolved; installing it makes this unused.
const ELEMENT_TYPES = new Set([Symbol.for('react.transitional.element'), Symbol.for('react.element')]);
const FRAGMENT_TYPE = Symbol.for('react.fragment');

/** Whether `value` is a React element of type Fragment (`<>…</>`). */
export function isFragment(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const element = value as { $$typeof?: unknown; type?: unknown };
  return ELEMENT_TYPES.has(element.$$typeof as symbol) && element.type === FRAGMENT_TYPE;
}
