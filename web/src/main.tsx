// Entry point of the web app: providers, then the root component.
// Mantine's global styles; each component's own styles come with it (web/mantine-css.ts).
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/default-css-variables.layer.css';
import '@mantine/core/styles/global.layer.css';
import { i18nReady } from './i18n/index.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ApiError } from './api.ts';
import { App } from './app.tsx';
import { handleUnauthorized } from './session-expiry.ts';
import { prefetchList } from './cockpit/list/prefetch-list.ts';
import { prefetchTicket } from './cockpit/ticket/prefetch-ticket.ts';
import { cssVariablesResolver, theme } from './ui/theme.ts';

// A call refused with 401 while signed in: the session expired, the sign-in page says so.
const onError = (error: unknown) => handleUnauthorized(queryClient, error);
const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      // A refusal (4xx) will not change by asking again; a lost connection might.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
    },
  },
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

prefetchList(queryClient);
prefetchTicket(queryClient);
await i18nReady;

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
