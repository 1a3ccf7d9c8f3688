// Gardien's Mantine theme: its own primary colour, a teal whose filled shade and hover shade
// both carry white text at 5:1 or more (WCAG AA), and dimmed text dark enough to read.
import { createTheme, type CSSVariablesResolver, type MantineColorsTuple } from '@mantine/core';

/** Teal, with the darker half shifted so that shade 8 (filled) and 9 (hover) stay dark. */
const gardien: MantineColorsTuple = [
  '#e6fcf5',
  '#c3fae8',
  '#96f2d7',
  '#63e6be',
  '#38d9a9',
  '#20c997',
  '#0ca678',
  '#0a9169',
  '#087f5b',
  '#06664a',
];

/** The theme shared by every screen. */
export const theme = createTheme({
  colors: { gardien },
  primaryColor: 'gardien',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  // Filled badges and buttons in light shades get dark text.
  autoContrast: true,
});

/** Secondary ("dimmed") text one shade darker than Mantine's, and error text in a red dark
 * enough (shade 9), so both read at 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});
