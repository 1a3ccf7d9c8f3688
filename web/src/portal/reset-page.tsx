// A password reset link (/portal/reset?token=…): a new password, then signed in (the server ends
// the other sessions).
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { Alert, Button } from '../light/controls.tsx';
import { PasswordInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { PASSWORD_MAX, PASSWORD_MIN, tokenOfPage } from './link-token.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText, passwordRefused } from './portal-errors.ts';
import { portalApi } from './portal-api.ts';
import { useSession } from './portal-session.tsx';

export default function ResetPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const token = tokenOfPage();
  usePageTitle(t('portal.reset.title'));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return setError(t('portal.errors.password', { min: PASSWORD_MIN }));
    setError(undefined);
    setProblem(undefined);
    setBusy(true);
    try {
      const { resident } = await portalApi.reset(token, password);
      signedIn(resident);
      navigate('/', { replace: true });
    } catch (failure) {
      if (passwordRefused(failure)) setError(t('portal.errors.password', { min: PASSWORD_MIN }));
      else setProblem(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack page-top" noValidate onSubmit={(event) => void submit(event)}>
      <h1 className="h3">{t('portal.reset.title')}</h1>
      <p>{t('portal.reset.intro')}</p>
      <PasswordInput
        label={t('portal.reset.password')}
        description={t('portal.passwordRule', { min: PASSWORD_MIN })}
        showLabel={t('portal.showPassword')}
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        error={error}
      />
      {problem && (
        <Alert title={t('portal.errors.title')}>
          {problem}{' '}
          <Link href="/sign-in" className="link">
            {t('portal.enter.askAnother')}
          </Link>
        </Alert>
      )}
      <Button type="submit" size="lg" fullWidth loading={busy}>
        {t('portal.reset.submit')}
      </Button>
    </form>
  );
}
