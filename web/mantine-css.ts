// A Vite plugin that loads Mantine's styles component by component: each Mantine module that
// carries class names (`X.module.mjs`) brings its own `@mantine/core/styles/X.layer.css`. The
// CSS then follows the JavaScript into the chunk that uses it, so the first screen does not
// download the styles of every component (the whole stylesheet is 36 KB gzipped).
// The global layers (baseline, CSS variables, global) are imported once by web/src/main.tsx.
import type { Plugin } from 'vite';

const MODULE = /[\\/]@mantine[\\/]core[\\/]esm[\\/].*[\\/]([A-Za-z]+)\.module\.mjs$/;

/** The plugin; add it to the web app's Vite configuration. */
export function mantineCssPerComponent(): Plugin {
  return {
    name: 'gardien-mantine-css-per-component',
    transform(code, id) {
      const match = MODULE.exec(id.split('?')[0] ?? '');
      if (!match) return null;
      return { code: `import '@mantine/core/styles/${match[1]}.layer.css';\n${code}`, map: null };
    },
  };
}
