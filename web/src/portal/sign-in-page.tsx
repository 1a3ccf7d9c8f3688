// Signing in to the portal: email and password; or a one-time link by email (the same field);
// or, password forgotten, a reset link. Whether an account exists is never told: a link "is on its
// way if an account has this address". Then back to the page the resident was going to.
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { Alert, Button } from '../light/controls.tsx';
import { PasswordInput, TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi } from './portal-api.ts';
import { useSession } from './portal-session.tsx';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Where to go once signed in: a portal page only (never another site). */
export function nextPage(search: URLSearchParams): string {
  const next = search.get('next') ?? '/';
  return next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const { t } = useTranslation();
  const { signedIn, state } = useSession();
  const [, navigate] = useLocation();
  const [search] = useSearchParams();
  const [mode, setMode] = useState<'password' | 'forgot'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [problem, setProblem] = useState<string>();
  const [sent, setSent] = useState<'link' | 'reset'>();
  const [busy, setBusy] = useState<'login' | 'link' | 'forgot'>();
  usePageTitle(mode === 'forgot' ? t('portal.signIn.forgotTitle') : t('portal.signIn.title'));

  if (state.kind === 'signed_in' && !busy) {
    return (
      <div className="stack page-top">
        <h1 className="h3">{t('portal.signIn.already', { name: state.me.name })}</h1>
        <Link href="/" className="btn btn-lg btn-full">
          {t('portal.signIn.toRequests')}
        </Link>
      </div>
    );
  }

  const checkEmail = () => {
    const trimmed = email.trim();
    if (!trimmed) return t('portal.errors.required');
    if (!EMAIL.test(trimmed)) return t('portal.errors.email');
    return undefined;
  };

  const login = async (event: FormEvent) => {
    event.preventDefault();
    const found = { email: checkEmail(), password: password ? undefined : t('portal.errors.required') };
    setErrors(found);
    setSent(undefined);
    if (found.email || found.password) return;
    setBusy('login');
    setProblem(undefined);
    try {
      const { resident } = await portalApi.login(email.trim(), password);
      signedIn(resident);
      navigate(nextPage(search), { replace: true });
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(undefined);
    }
  };

  const askLink = async (kind: 'link' | 'forgot') => {
    const found = checkEmail();
    setErrors({ email: found });
    setProblem(undefined);
    setSent(undefined);
    if (found) return;
    setBusy(kind);
    try {
      await (kind === 'link' ? portalApi.askLink(email.trim()) : portalApi.forgot(email.trim()));
      setSent(kind === 'link' ? 'link' : 'reset');
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setBusy(undefined);
    }
  };

  const emailField = (
    <TextInput
      label={t('portal.signIn.email')}
      type="email"
      inputMode="email"
      autoComplete="username"
      required
      value={email}
      onChange={(value) => {
        setEmail(value);
        setErrors((e) => ({ ...e, email: undefined }));
      }}
      error={errors.email}
      maxLength={254}
    />
  );

  const messages = (
    <>
      {sent && (
        <Alert tone="success" role="status" title={t('portal.signIn.sentTitle')}>
          {sent === 'link' ? t('portal.signIn.linkSent', { email: email.trim() }) : t('portal.signIn.resetSent', { email: email.trim() })}
        </Alert>
      )}
      {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
    </>
  );

  if (mode === 'forgot') {
    return (
      <form className="stack page-top" noValidate onSubmit={(event) => (event.preventDefault(), void askLink('forgot'))}>
        <h1 className="h3">{t('portal.signIn.forgotTitle')}</h1>
        <p>{t('portal.signIn.forgotIntro')}</p>
        {emailField}
        {messages}
        <Button type="submit" size="lg" fullWidth loading={busy === 'forgot'}>
          {t('portal.signIn.sendReset')}
        </Button>
        <Button variant="subtle" onClick={() => (setMode('password'), setSent(undefined), setProblem(undefined))}>
          {t('portal.signIn.backToSignIn')}
        </Button>
      </form>
    );
  }

  return (
    <div className="stack page-top">
      <div className="stack-xs">
        <h1 className="h3">{t('portal.signIn.title')}</h1>
        <p className="dimmed">{t('portal.signIn.intro')}</p>
      </div>
      <form className="card stack" noValidate onSubmit={(event) => void login(event)} aria-label={t('portal.signIn.title')}>
        {emailField}
        <PasswordInput
          label={t('portal.signIn.password')}
          showLabel={t('portal.showPassword')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(value) => {
            setPassword(value);
            setErrors((e) => ({ ...e, password: undefined }));
          }}
          error={errors.password}
        />
        {messages}
        <Button type="submit" size="lg" fullWidth loading={busy === 'login'}>
          {t('portal.signIn.submit')}
        </Button>
        <div className="p-or" aria-hidden="true">
          <span>{t('portal.signIn.or')}</span>
        </div>
        <Button variant="light" fullWidth loading={busy === 'link'} onClick={() => void askLink('link')}>
          {t('portal.signIn.askLink')}
        </Button>
        <p className="sm dimmed">{t('portal.signIn.linkHint')}</p>
        <Button variant="subtle" onClick={() => (setMode('forgot'), setSent(undefined), setProblem(undefined))}>
          {t('portal.signIn.forgot')}
        </Button>
      </form>
      <section className="card stack-xs" aria-labelledby="portal-first-time">
        <h2 id="portal-first-time" className="h4">
          {t('portal.signIn.firstTime')}
        </h2>
        <p>{t('portal.signIn.firstTimeBody')}</p>
        <Link href="/code" className="btn btn-default btn-full">
          {t('portal.signIn.haveCode')}
        </Link>
      </section>
    </div>
  );
}
