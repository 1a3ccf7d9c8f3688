// Entry point of the staff sign-in page (web/sign-in.html), served in place of the cockpit to a
// browser that holds no session (src/http/web-app.ts): the page a manager's phone opens first
// shows without the cockpit's weight. Once signed in, the same address opens the cockpit.
import '../light/light.css';
import './sign-in.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import french from 'virtual:i18n-sections/fr/app,login,language,errors';
import { startI18n } from '../light/light-i18n.ts';
import { SignInPage } from './sign-in-page.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// The language last chosen on this device, as the cockpit does.
await startI18n({ french, english: () => import('virtual:i18n-sections/en/app,login,language,errors'), stored: true });

createRoot(root).render(
  <StrictMode>
    <SignInPage />
  </StrictMode>,
);
