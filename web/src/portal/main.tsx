// Entry point of the residents' portal (/portal, web/portal.html): tenants and co-owners open it on
// a phone to report a problem and follow their requests. Plain React, wouter and the light pages'
// CSS (web/src/light/, the parties' pages' look): neither the cockpit nor Mantine. French first;
// English when chosen on this device, in the resident's settings, or with the switch.
import '../light/light.css';
import '../exchange/exchange.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import french from 'virtual:i18n-sections/fr/app,portal,webform,news,portalBookings';
import { startI18n } from '../light/light-i18n.ts';
import { PortalApp } from './portal-app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

await startI18n({ french, english: () => import('virtual:i18n-sections/en/app,portal,webform,news,portalBookings'), stored: true });

createRoot(root).render(
  <StrictMode>
    <PortalApp />
  </StrictMode>,
);
