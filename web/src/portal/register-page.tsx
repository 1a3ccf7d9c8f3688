// An invitation's page (/portal/register?token=…): the agency, the resident's name and email as
// the agency knows them, a password and a language to choose; then signed in. An invitation used
// already says "sign in instead"; an expired or revoked one says to ask the agency.
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { ApiError } from '../api.ts';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { PasswordInput } from '../light/fields.tsx';
import { currentLanguage, useTranslation } from '../light/light-i18n.ts';
import { LanguageSelect } from './language-select.tsx';
import { PASSWORD_MAX, PASSWORD_MIN, tokenOfPage } from './link-token.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText, passwordRefused } from './portal-errors.ts';
import { portalApi, type Invitation } from './portal-api.ts';
import { useSession } from './portal-session.tsx';

type Loaded = { kind: 'loading' } | { kind: 'form'; invitation: Invitation } | { kind: 'used' } | { kind: 'problem'; message: string };

export default function RegisterPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const token = tokenOfPage();
  const [page, setPage] = useState<Loaded>({ kind: 'loading' });
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<string>(currentLanguage());
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('portal.register.title'));

  useEffect(() => {
    if (!token) return setPage({ kind: 'problem', message: t('portal.errors.link_invalid') });
    portalApi
      .invitation(token)
      .then((invitation) => setPage({ kind: 'form', invitation }))
      .catch((failure: unknown) =>
        setPage(failure instanceof ApiError && failure.status === 409 ? { kind: 'used' } : { kind: 'problem', message: errorText(t, failure) }),
      );
  }, [token]);

  if (page.kind === 'loading') return <Loading label={t('portal.loading')} />;
  if (page.kind !== 'form') {
    return (
      <div className="stack page-top">
        <h1 className="h3">{t('portal.register.title')}</h1>
        <Alert tone={page.kind === 'used' ? 'notice' : 'error'} title={page.kind === 'used' ? undefined : t('portal.register.cannot')}>
          {page.kind === 'used' ? t('portal.register.used') : page.message}
        </Alert>
        <Link href="/sign-in" className="btn btn-full">
          {t('portal.register.toSignIn')}
        </Link>
      </div>
    );
  }

  const { invitation } = page;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return setError(t('portal.errors.password', { min: PASSWORD_MIN }));
    setError(undefined);
    setProblem(undefined);
    setBusy(true);
    try {
      const { resident } = await portalApi.register(token, password, language);
      signedIn(resident);
      navigate('/', { replace: true });
    } catch (failure) {
      if (passwordRefused(failure)) setError(t('portal.errors.password', { min: PASSWORD_MIN }));
      else if (failure instanceof ApiError && failure.status === 409) setPage({ kind: 'used' });
      else setProblem(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack page-top" noValidate onSubmit={(event) => void submit(event)}>
      <div className="stack-xs">
        <h1 className="h3">{t('portal.register.title')}</h1>
        <p>{t('portal.register.intro', { agency: invitation.organizationName })}</p>
      </div>
      <dl className="card p-facts">
        <div>
          <dt>{t('portal.register.name')}</dt>
          <dd className="wrap" data-testid="invitation-name">
            {invitation.personName}
          </dd>
        </div>
        <div>
          <dt>{t('portal.register.email')}</dt>
          <dd className="wrap">{invitation.email}</dd>
        </div>
      </dl>
      <p className="sm dimmed">{t('portal.register.wrongDetails', { agency: invitation.organizationName })}</p>
      <input type="email" hidden readOnly autoComplete="username" value={invitation.email} />
      <PasswordInput
        label={t('portal.register.password')}
        description={t('portal.passwordRule', { min: PASSWORD_MIN })}
        showLabel={t('portal.showPassword')}
        autoComplete="new-password"
        required
        value={password}
        onChange={setPassword}
        error={error}
      />
      <LanguageSelect value={language} onChange={setLanguage} />
      {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
      <Button type="submit" size="lg" fullWidth loading={busy}>
        {t('portal.register.submit')}
      </Button>
    </form>
  );
}
