// /portal/company: the tenant companies the resident works for; their admin sees the colleagues
// with their portal state and invites a new colleague (name and email: the invitation leaves at once).
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Loading } from '../light/controls.tsx';
import { TextInput } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { portalApi, type PortalCompany } from './portal-api.ts';
import { useMe } from './portal-session.tsx';

function Invite({ company, onDone }: { company: PortalCompany; onDone: (items: PortalCompany[], name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setProblem(null);
    try {
      const answer = await portalApi.inviteColleague(company.company.id, { name: name.trim(), email: email.trim() });
      onDone(answer.items, name.trim());
      setName('');
      setEmail('');
    } catch (error) {
      setProblem(errorText(t, error));
    } finally {
      setSending(false);
    }
  };
  return (
    <form className="stack card" onSubmit={(e) => void submit(e)}>
      <h3 className="h5">{t('portal.company.invite')}</h3>
      <TextInput label={t('portal.company.name')} required value={name} onChange={setName} autoComplete="off" />
      <TextInput label={t('portal.company.email')} type="email" required value={email} onChange={setEmail} autoComplete="off" />
      {problem && <Alert tone="error">{problem}</Alert>}
      <Button type="submit" disabled={sending || !name.trim() || !email.trim()}>{t('portal.company.send')}</Button>
    </form>
  );
}

export default function CompanyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [items, setItems] = useState<PortalCompany[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(t('portal.company.title'));
  useEffect(() => {
    portalApi.companies().then((answer) => setItems(answer.items)).catch((error: unknown) => setFailed(errorText(t, error)));
  }, []);

  if (failed) return <div className="stack page-top"><Alert tone="error">{failed}</Alert></div>;
  if (!items) return <Loading label={t('portal.loading')} />;
  return (
    <div className="stack page-top">
      <h1 className="h3">{t('portal.company.title')}</h1>
      {items.length === 0 && <p className="dimmed">{t('portal.company.none')}</p>}
      {done && <Alert tone="success">{done}</Alert>}
      {items.map((item) => (
        <section key={item.company.id} className="stack">
          <h2 className="h4">{item.company.name}</h2>
          <p className="dimmed sm">{item.isAdmin ? t('portal.company.youAdmin') : t('portal.company.youMember')}</p>
          {item.colleagues && (
            <ul className="card p-people" data-testid="company-colleagues">
              {item.colleagues.map((c) => (
                <li key={c.personId}>
                  <span>{c.name}{c.personId === me.personId ? ` (${t('portal.company.you')})` : ''}</span>
                  <span className="dimmed sm">{c.isAdmin ? t('portal.company.admin') : ''} {t(`portal.company.states.${c.portalStatus}`, { defaultValue: c.portalStatus })}</span>
                </li>
              ))}
            </ul>
          )}
          {item.isAdmin && <Invite company={item} onDone={(next, name) => { setItems(next); setDone(t('portal.company.invited', { name })); }} />}
        </section>
      ))}
    </div>
  );
}
