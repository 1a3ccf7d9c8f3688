// Vite configuration of the web app: built into web/dist, served by the Gardien server.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { mantineCssPerComponent } from './mantine-css.ts';
import { i18nSections } from './i18n-sections.ts';

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
    String.raw`node_modules[\\/](@floating-ui|tabbable|@mantine[\\/]hooks)[\\/]`,
    String.raw`node_modules[\\/](react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|tslib|clsx|aria-hidden|detect-node-es)[\\/]`,
    String.raw`node_modules[\\/]@mantine[\\/]core[\\/]esm[\\/](core|utils)[\\/]`,
    String.raw`node_modules[\\/]@mantine[\\/]core[\\/]esm[\\/]components[\\/](${FIRST_SCREEN_COMPONENTS.join('|')})[\\/]`,
  ].join('|'),
);

/**
 * The pages besides the cockpit (index.html): the parties' pages on /x (exchange.html), the
 * sign-in page (sign-in.html), an agency's public web form on /f/{slug} (webform.html) and the
 * residents' portal on /portal (portal.html), light entries without Mantine (web/src/light/). The
 * server picks the page (src/http/web-app.ts); the dev server serves exchange.html on /x,
 * webform.html on /f/{slug} and portal.html on /portal/… the same way.
 */
const PAGES = { main: 'index.html', exchange: 'exchange.html', signIn: 'sign-in.html', webform: 'webform.html', portal: 'portal.html' } as const;

function lightPagesInDev(): Plugin {
  return {
    name: 'gardien-light-pages-in-dev',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url && /^\/x(\?|$)/.test(request.url)) request.url = request.url.replace(/^\/x/, '/exchange.html');
        if (request.url && /^\/f\/[^/?]+\/?(\?|$)/.test(request.url)) request.url = `/webform.html${request.url.replace(/^[^?]*/, '')}`;
        if (request.url && /^\/portal(\/[^.?]*)?(\?|$)/.test(request.url)) request.url = `/portal.html${request.url.replace(/^[^?]*/, '')}`;
        next();
      });
    },
  };
}

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
  plugins: [...productionBuild(command), react(), mantineCssPerComponent(), i18nSections(), lightPagesInDev()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    // Every browser the app supports knows <link rel=modulepreload>: no polyfill (one request less).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: Object.fromEntries(Object.entries(PAGES).map(([name, file]) => [name, fileURLToPath(new URL(`./${file}`, import.meta.url))])),
      output: {
        // React changes less often than the app: its chunk stays cached across releases (the light
        // pages share it with the cockpit); so do i18next's and TanStack Query's. The libraries
        // of the first screen (the cockpit's frame and the ticket list) make one chunk rather
        // than some sixty small ones; every other library is split with the routes that use it
        // (React.lazy), so the first screen downloads only what it shows.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|use-sync-external-store)[\\/]/, priority: 20 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 20 },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            // The router is the cockpit's and the residents' portal's: a chunk of its own, so that
            // the portal does not download the cockpit's first screen (Mantine) to get it.
            { name: 'router', test: /node_modules[\\/](wouter|regexparam)[\\/]/, priority: 15 },
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
      // The web form's snippet is the server's (src/inbound/webform-embed.ts).
      '^/f/[^/]+/embed\\.js$': apiOrigin,
    },
  },
}));
