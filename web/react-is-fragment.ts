// recharts (under @mantine/charts) imports `isFragment` alone from react-is, its peer dependency,
// which is not installed: the alias in vite.config.ts answers it from React itself. To be removed
// once `react-is` is a dependency of package.json.
import { Fragment, isValidElement } from 'react';

export function isFragment(value: unknown): boolean {
  return isValidElement(value) && value.type === Fragment;
}
