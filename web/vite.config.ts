// Vite configuration of the web app: built into web/dist, served by the Gardien server.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { mantineCssPerComponent } from './mantine-css.ts';

const webDir = fileURLToPath(new URL('.', import.meta.url));
const apiOrigin = 'http://localhost:3000';

/** Mantine components of the cockpit's frame and of the ticket list (its filters load later). */
const FIRST_SCREEN_COMPONENTS = [
  'Alert', 'AppShell', 'Box', 'Burger', 'Button', 'Center', 'CloseButton', 'Collapse', 'EmptyState', 'FloatingIndicator',
  'FocusTrap', 'Group', 'Input', 'Loader', 'Menu', 'NavLink', 'Popover', 'Portal', 'SegmentedControl', 'Stack', 'Switch',
  'Text', 'TextInput', 'Title', 'Transition', 'UnstyledButton', 'VisuallyHidden',
];
const FIRST_SCREEN = new RegExp(
  [
    String.raw`node_modules[\\/](@tanstack|i18next|react-i18next|wouter|regexparam|@floating-ui|tabbable|@mantine[\\/]hooks)[\\/]`,
    String.raw`node_modules[\\/](react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|tslib|clsx|aria-hidden|detect-node-es)[\\/]`,
    String.raw`node_modules[\\/]@mantine[\\/]core[\\/]esm[\\/](core|utils)[\\/]`,
    String.raw`node_modules[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/](${FIRST_SCREEN_COMPONENTS.join('|')})[\\/]`,
  ].join('|'),
);

/**
 * A build is for production even when a test run starts it (vitest sets NODE_ENV=test, and Vite
 * would then ship React's development build: twice as large, much slower). NODE_ENV is set for
 * the build and given back once the bundle is written.
 */
function productionBuild(command: string): Plugin[] {
  const previous = process.env.NODE_ENV;
  if (command !== 'build' || previous === 'production') return [];
  process.env.NODE_ENV = 'production';
  const restore = () => {
    process.env.NODE_ENV = previous;
  };
  return [{ name: 'gardien-production-build', closeBundle: restore, buildEnd: (error) => void (error && restore()) }];
}

export default defineConfig(({ command }) => ({
  root: webDir,
  base: '/',
  plugins: [...productionBuild(command), react(), mantineCssPerComponent()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React changes less often than the app: its chunk stays cached across releases. The
        // libraries of the first screen (the cockpit's frame and the ticket list) make one chunk
        // rather than some sixty small ones; every other library is split with the routes that
        // use it (React.lazy), so the first screen downloads only what it shows.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
            { name: 'first-screen', test: FIRST_SCREEN, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    // The dev server serves the app; the API stays on the Gardien server. The API refuses
    // state-changing requests from another origin: proxied ones say they come from the server's.
    proxy: {
      '/api': { target: apiOrigin, changeOrigin: true, headers: { origin: apiOrigin } },
      '/healthz': apiOrigin,
    },
  },
}));
