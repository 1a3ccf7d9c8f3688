// A one-time sign-in link (/portal/enter?token=…): signs in and opens the requests; a link used,
// expired or revoked says so, with the way to ask for another.
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { Alert, Loading } from '../light/controls.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { once, tokenOfPage } from './link-token.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi } from './portal-api.ts';
import { useSession } from './portal-session.tsx';

export default function EnterPage() {
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<string>();
  const token = tokenOfPage();
  usePageTitle(t('portal.enter.title'));

  useEffect(() => {
    if (!token) {
      setProblem(t('portal.errors.link_invalid'));
      return;
    }
    once(`enter:${token}`, () => portalApi.enter(token))
      .then(({ resident }) => {
        signedIn(resident);
        navigate('/', { replace: true });
      })
      .catch((error: unknown) => setProblem(errorText(t, error)));
  }, [token, signedIn, navigate, t]);

  if (!problem) return <Loading label={t('portal.enter.signingIn')} />;
  return (
    <div className="stack page-top">
      <h1 className="h3">{t('portal.enter.title')}</h1>
      <Alert title={t('portal.enter.failed')}>{problem}</Alert>
      <Link href="/sign-in" className="btn btn-full">
        {t('portal.enter.askAnother')}
      </Link>
    </div>
  );
}
