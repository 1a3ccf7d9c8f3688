// The resident's settings (/portal/settings): language, what they hear about (their own requests,
// the tickets they follow, SMS when they have a mobile), how neighbours read their name on the
// news wall, a new password, and signing out.
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { ApiError } from '../api.ts';
import { Alert, Button } from '../light/controls.tsx';
import { PasswordInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { LanguageSelect } from './language-select.tsx';
import { PASSWORD_MAX, PASSWORD_MIN } from './link-token.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText, passwordRefused } from './portal-errors.ts';
import { portalApi, type PortalPreferences } from './portal-api.ts';
import { ReadOnly } from './preview-banner.tsx';
import { useMe, useSession } from './portal-session.tsx';
import { residentDisplayName } from '../../../src/domain/community/news.ts';

/** The name as neighbours read it with "first name and initial". */
const initialName = (name: string) => residentDisplayName(name, 'first_initial');

function Check({ label, description, checked, onChange }: { label: string; description?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="p-check">
      <input type="checkbox" className="p-checkbox" checked={checked} onChange={(event) => onChange(event.currentTarget.checked)} />
      <span className="stack-xs p-check-text">
        <span>{label}</span>
        {description && <span className="sm dimmed">{description}</span>}
      </span>
    </label>
  );
}

function Preferences() {
  const { t } = useTranslation();
  const me = useMe();
  const { signedIn } = useSession();
  const [language, setLanguage] = useState(me.language);
  const [preferences, setPreferences] = useState<PortalPreferences>(me.preferences);
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const set = (key: 'sms' | 'ownRequests' | 'watched') => (value: boolean) => (setPreferences((p) => ({ ...p, [key]: value })), setSaved(false));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      signedIn(await portalApi.updateMe({ language, preferences: me.hasPhone ? preferences : { ownRequests: preferences.ownRequests, watched: preferences.watched, displayName: preferences.displayName } }));
      setSaved(true);
    } catch (failure) {
      setProblem(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" noValidate onSubmit={(event) => void save(event)} aria-labelledby="portal-preferences">
      <h2 id="portal-preferences" className="h4">
        {t('portal.settings.preferences')}
      </h2>
      <ReadOnly>
        <div className="stack">
          <LanguageSelect value={language} onChange={(value) => (setLanguage(value), setSaved(false))} />
          <fieldset className="p-fieldset stack-sm">
            <legend className="field-label">{t('portal.settings.notifications')}</legend>
            <Check label={t('portal.settings.ownRequests')} description={t('portal.settings.ownRequestsHint')} checked={preferences.ownRequests} onChange={set('ownRequests')} />
            <Check label={t('portal.settings.watched')} description={t('portal.settings.watchedHint')} checked={preferences.watched} onChange={set('watched')} />
            {me.hasPhone && <Check label={t('portal.settings.sms')} description={t('portal.settings.smsHint')} checked={preferences.sms} onChange={set('sms')} />}
            <p className="sm dimmed">{t('portal.settings.messagesAlways')}</p>
          </fieldset>
          <fieldset className="p-fieldset stack-sm">
            <legend className="field-label">{t('news.portal.displayName')}</legend>
            <p className="sm dimmed">{t('news.portal.displayNameHint')}</p>
            {(['first_initial', 'full'] as const).map((choice) => (
              <label key={choice} className="p-check">
                <input type="radio" name="display-name" className="p-checkbox" checked={preferences.displayName === choice} onChange={() => (setPreferences((p) => ({ ...p, displayName: choice })), setSaved(false))} />
                <span>{choice === 'full' ? me.name : t('news.portal.firstInitialOf', { name: initialName(me.name) })}</span>
              </label>
            ))}
          </fieldset>
          {saved && (
            <Alert tone="success" role="status">
              {t('portal.settings.saved')}
            </Alert>
          )}
          {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
          <Button type="submit" fullWidth loading={busy}>
            {t('portal.settings.save')}
          </Button>
        </div>
      </ReadOnly>
    </form>
  );
}

function PasswordChange() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [errors, setErrors] = useState<{ current?: string; next?: string }>({});
  const [problem, setProblem] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const found = {
      current: current ? undefined : t('portal.errors.required'),
      next: next.length < PASSWORD_MIN || next.length > PASSWORD_MAX ? t('portal.errors.password', { min: PASSWORD_MIN }) : undefined,
    };
    setErrors(found);
    setSaved(false);
    setProblem(undefined);
    if (found.current || found.next) return;
    setBusy(true);
    try {
      signedIn(await portalApi.updateMe({ password: { current, next } }));
      setCurrent('');
      setNext('');
      setSaved(true);
    } catch (failure) {
      if (failure instanceof ApiError && (failure.code === 'invalid_credentials' || failure.code === 'wrong_password')) setErrors({ current: t('portal.settings.wrongPassword') });
      else if (passwordRefused(failure)) setErrors({ next: t('portal.errors.password', { min: PASSWORD_MIN }) });
      else setProblem(errorText(t, failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="card stack" noValidate onSubmit={(event) => void save(event)} aria-labelledby="portal-password">
      <h2 id="portal-password" className="h4">
        {t('portal.settings.password')}
      </h2>
      <ReadOnly>
        <div className="stack">
          <PasswordInput label={t('portal.settings.currentPassword')} showLabel={t('portal.showPassword')} autoComplete="current-password" required value={current} onChange={setCurrent} error={errors.current} />
          <PasswordInput
            label={t('portal.settings.newPassword')}
            description={t('portal.passwordRule', { min: PASSWORD_MIN })}
            showLabel={t('portal.showPassword')}
            autoComplete="new-password"
            required
            value={next}
            onChange={setNext}
            error={errors.next}
          />
          {saved && (
            <Alert tone="success" role="status">
              {t('portal.settings.passwordSaved')}
            </Alert>
          )}
          {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
          <Button type="submit" variant="default" fullWidth loading={busy}>
            {t('portal.settings.changePassword')}
          </Button>
        </div>
      </ReadOnly>
    </form>
  );
}

export default function SettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const [leaving, setLeaving] = useState(false);
  usePageTitle(t('portal.settings.title'));
  return (
    <div className="stack page-top">
      <div className="stack-xs">
        <h1 className="h3">{t('portal.settings.title')}</h1>
        <p className="dimmed wrap">{t('portal.settings.signedInAs', { name: me.name, email: me.email })}</p>
      </div>
      <Preferences />
      <PasswordChange />
      <Button
        variant="outline"
        tone="danger"
        fullWidth
        loading={leaving}
        onClick={() => {
          setLeaving(true);
          void signOut().then(() => navigate('/sign-in', { replace: true }));
        }}
      >
        {t('portal.settings.signOut')}
      </Button>
    </div>
  );
}
