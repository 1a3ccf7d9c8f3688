// Entry point of an agency's public web form (/f/{slug}, web/webform.html): a resident opens it on
// a phone, from a link or framed in the agency's own site (the snippet). Plain React and the light
// pages' few kilobytes of CSS (web/src/light/), neither the cockpit nor Mantine. French first;
// English when the address asks for it (`?lang=en`), when chosen on this device, or with the switch.
import '../light/light.css';
import './webform.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import french from 'virtual:i18n-sections/fr/app,webform';
import { changeLanguage, currentLanguage, startI18n } from '../light/light-i18n.ts';
import { isLanguageCode } from '../i18n/languages.ts';
import { embedded, reportHeight } from './frame-messages.ts';
import { WebformPage } from './webform-page.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
if (embedded) document.documentElement.classList.add('f-embedded');

await startI18n({ french, english: () => import('virtual:i18n-sections/en/app,webform'), stored: true });
const asked = new URLSearchParams(window.location.search).get('lang');
if (isLanguageCode(asked) && asked !== currentLanguage()) await changeLanguage(asked).catch(() => undefined);

createRoot(root).render(
  <StrictMode>
    <WebformPage />
  </StrictMode>,
);
reportHeight(root);
