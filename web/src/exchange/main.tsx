// Entry point of the parties' pages (/x, web/exchange.html): contractors and approvers open them
// on a phone, often on a building site. Plain React and a few kilobytes of hand-written CSS
// (web/src/light/): neither the cockpit nor Mantine. French first; English when asked for.
import '../light/light.css';
import './exchange.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import french from 'virtual:i18n-sections/fr/app,exchange';
import { startI18n } from '../light/light-i18n.ts';
import ExchangePage from './exchange-page.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The page picks its language from the party's view (exchange-language.ts), not from the device.
await startI18n({ french, english: () => import('virtual:i18n-sections/en/app,exchange') });

createRoot(root).render(
  <StrictMode>
    <ExchangePage />
  </StrictMode>,
);
