// Registering with a code (/portal/code): the code of the agency's letter or of the unit, the
// name as the agency knows it, an email and a password; then signed in.
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { Alert, Button } from '../light/controls.tsx';
import { PasswordInput, TextInput } from '../light/fields.tsx';
import { currentLanguage, useTranslation } from '../light/light-i18n.ts';
import { LanguageSelect } from './language-select.tsx';
import { PASSWORD_MAX, PASSWORD_MIN } from './link-token.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText, passwordRefused } from './portal-errors.ts';
import { portalApi } from './portal-api.ts';
import { useSession } from './portal-session.tsx';
import { ApiError, fieldProblems } from '../api.ts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
type Errors = Partial<Record<'code' | 'name' | 'email' | 'password', string>>;

export default function CodePage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ code: new URLSearchParams(window.location.search).get('code') ?? '', name: '', email: '', password: '' });
  const [language, setLanguage] = useState<string>(currentLanguage());
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  usePageTitle(t('portal.code.title'));

  const set = (key: keyof typeof form) => (value: string) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (!form.code.replace(/[\s-]/g, '')) found.code = t('portal.errors.required');
    if (!form.name.trim()) found.name = t('portal.errors.required');
    if (!EMAIL.test(form.email.trim())) found.email = form.email.trim() ? t('portal.errors.email') : t('portal.errors.required');
    if (form.password.length < PASSWORD_MIN || form.password.length > PASSWORD_MAX) found.password = t('portal.errors.password', { min: PASSWORD_MIN });
    setErrors(found);
    setProblem(undefined);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      const { resident } = await portalApi.registerWithCode({ code: form.code.trim(), name: form.name.trim(), email: form.email.trim(), password: form.password, language });
      signedIn(resident);
      navigate('/', { replace: true });
    } catch (failure) {
      if (passwordRefused(failure)) setErrors({ password: t('portal.errors.password', { min: PASSWORD_MIN }) });
      else if (failure instanceof ApiError && failure.code === 'code_invalid') setErrors({ code: t('portal.errors.code_invalid') });
      else if (failure instanceof ApiError && failure.code === 'validation_failed' && fieldProblems(failure).some((p) => p.field === 'email')) setErrors({ email: t('portal.errors.email') });
      else setProblem(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack page-top" noValidate onSubmit={(event) => void submit(event)}>
      <div className="stack-xs">
        <h1 className="h3">{t('portal.code.title')}</h1>
        <p>{t('portal.code.intro')}</p>
      </div>
      <div className="card stack">
        <TextInput label={t('portal.code.code')} description={t('portal.code.codeHint')} required autoComplete="off" autoCapitalize="characters" spellCheck={false} value={form.code} onChange={set('code')} error={errors.code} maxLength={64} />
        <TextInput label={t('portal.code.name')} description={t('portal.code.nameHint')} required autoComplete="name" value={form.name} onChange={set('name')} error={errors.name} maxLength={200} />
        <TextInput label={t('portal.code.email')} type="email" inputMode="email" required autoComplete="username" value={form.email} onChange={set('email')} error={errors.email} maxLength={254} />
        <PasswordInput
          label={t('portal.code.password')}
          description={t('portal.passwordRule', { min: PASSWORD_MIN })}
          showLabel={t('portal.showPassword')}
          autoComplete="new-password"
          required
          value={form.password}
          onChange={set('password')}
          error={errors.password}
        />
        <LanguageSelect value={language} onChange={setLanguage} />
      </div>
      {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
      <Button type="submit" size="lg" fullWidth loading={busy}>
        {t('portal.code.submit')}
      </Button>
      <Link href="/sign-in" className="link">
        {t('portal.code.haveAccount')}
      </Link>
    </form>
  );
}
