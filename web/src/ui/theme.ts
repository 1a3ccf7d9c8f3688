// Gardien's Mantine theme: the defaults, with its own primary color.
import { createTheme } from '@mantine/core';

/** The theme shared by every screen. */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'sm',
});
