// /portal/news, "Actualités": the wall of the resident's audience today — urgent posts pinned on
// top until their end, then the rest newest first — and, when the agency lets residents post and
// they were not stopped, a short form to post on the wall of their building.
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { NativeSelect, TextArea, TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi, type PortalNewsWall } from './portal-api.ts';
import { useMe } from './portal-session.tsx';
import { ReadOnly } from './preview-banner.tsx';
import { NewsCards } from './news-list.tsx';

type State = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'loaded'; wall: PortalNewsWall };

function WriteForm() {
  const { t } = useTranslation();
  const me = useMe();
  const [, navigate] = useLocation();
  const buildings = [...new Map(me.places.map((p) => [p.propertyId, p.propertyName])).entries()];
  const [propertyId, setPropertyId] = useState(buildings[0]?.[0] ?? '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      const answer = await portalApi.writeNews({ title: title.trim(), body: body.trim(), propertyId: propertyId || undefined });
      navigate(`/news/${answer.post.id}`);
    } catch (error) {
      setProblem(errorText(t, error));
      setBusy(false);
    }
  };
  if (!open) {
    return (
      <Button variant="default" fullWidth onClick={() => setOpen(true)}>
        {t('news.portal.write')}
      </Button>
    );
  }
  return (
    <form className="card stack-sm" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="portal-news-write">
      <h2 id="portal-news-write" className="h4">{t('news.portal.write')}</h2>
      <p className="sm dimmed">{t('news.portal.writeHint')}</p>
      {buildings.length > 1 && (
        <NativeSelect label={t('news.portal.building')} value={propertyId} onChange={setPropertyId}>
          {buildings.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </NativeSelect>
      )}
      <TextInput label={t('news.portal.postTitle')} required value={title} onChange={setTitle} maxLength={200} />
      <TextArea label={t('news.portal.postBody')} required value={body} onChange={setBody} />
      {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
      <Button type="submit" fullWidth loading={busy} disabled={!title.trim() || !body.trim()}>
        {t('news.portal.publish')}
      </Button>
    </form>
  );
}

export default function NewsPage() {
  const { t } = useTranslation();
  usePageTitle(t('news.portal.title'));
  const [state, setState] = useState<State>({ kind: 'loading' });
  const load = useCallback(() => {
    portalApi
      .news()
      .then((wall) => setState({ kind: 'loaded', wall }))
      .catch((error: unknown) => setState({ kind: 'failed', message: errorText(t, error) }));
  }, [t]);
  useEffect(load, [load]);

  return (
    <div className="stack page-top">
      <h1 className="h3">{t('news.portal.title')}</h1>
      {state.kind === 'loading' && <Loading label={t('portal.loading')} />}
      {state.kind === 'failed' && <Alert title={t('portal.errors.title')}>{state.message}</Alert>}
      {state.kind === 'loaded' && (
        <>
          {state.wall.canPost && (
            <ReadOnly>
              <WriteForm />
            </ReadOnly>
          )}
          {state.wall.postingRefusal === 'news_posting_banned' && <p className="sm dimmed">{t('news.portal.banned')}</p>}
          {state.wall.items.length === 0 ? <p className="dimmed">{t('news.portal.none')}</p> : <NewsCards items={state.wall.items} testId="portal-news" />}
        </>
      )}
    </div>
  );
}
