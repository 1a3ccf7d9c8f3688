// The staff sign-in page, light: email and password, one message per refusal, the language menu.
// The cockpit's own sign-in (cockpit/login-page.tsx) still shows when a session ends in the app.
import { useState, type FormEvent } from 'react';
import { useTranslation, type TFunction } from '../light/light-i18n.ts';
import { ApiError, api } from '../api.ts';
import { Alert, Button } from '../light/controls.tsx';
import { PasswordInput, TextInput } from '../light/fields.tsx';
import { noteRefusedSession, sessionExpired } from '../session-marks.ts';
import { LanguageMenu } from './language-menu.tsx';

/** Served without a session while the browser still had one open: it expired. */
function expiredOnArrival(): boolean {
  noteRefusedSession();
  return sessionExpired();
}

/** The sentence for a refused sign-in, as the cockpit's i18n/error-message.ts says it. */
function refusal(t: TFunction, error: unknown): string {
  return error instanceof ApiError ? t(`errors.${error.code}`, { defaultValue: error.message || t('errors.unknown') }) : t('errors.unknown');
}

/** Asks for the staff member's credentials, opens a session, then opens the cockpit. */
export function SignInPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [expired] = useState(expiredOnArrival);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      await api.post('/api/v1/auth/login', { email: email.trim(), password });
      // The same address, now with a session: the server serves the cockpit.
      window.location.reload();
    } catch (refused) {
      setError(refused);
      setPending(false);
    }
  };

  return (
    <div className="sign-in-page">
      <div className="sign-in-top">
        <LanguageMenu />
      </div>
      <main className="sign-in-main">
        <div className="sign-in-card">
          <form onSubmit={(event) => void submit(event)}>
            <div className="stack">
              <div>
                <h1 className="h2">{t('app.name')}</h1>
                <p className="sm dimmed">{t('app.tagline')}</p>
              </div>
              <h2 className="h4">{t('login.title')}</h2>
              {expired && error === null && (
                <div data-testid="session-expired">
                  <Alert tone="notice" role="status">
                    {t('login.sessionExpired')}
                  </Alert>
                </div>
              )}
              {error !== null && <Alert title={t('login.failed')}>{refusal(t, error)}</Alert>}
              <TextInput label={t('login.email')} type="email" name="email" autoComplete="username" required value={email} onChange={setEmail} />
              <PasswordInput label={t('login.password')} name="password" autoComplete="current-password" showLabel={t('login.showPassword')} required value={password} onChange={setPassword} />
              <Button type="submit" size="sm" fullWidth loading={pending}>
                {t('login.submit')}
              </Button>
              <a href="/reset-password" className="link sm sign-in-forgot">
                {t('login.forgot')}
              </a>
            </div>
          </form>
        </div>
      </main>
    </div>
  );
}
