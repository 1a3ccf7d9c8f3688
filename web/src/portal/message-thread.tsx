// The messages between the resident and the agency, as bubbles (mine on the right), and the box to
// write one, with a photo or a document if needed.
import { useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Alert, Button, CloseButton } from '../light/controls.tsx';
import { TextArea } from '../light/fields.tsx';
import { useTranslation } from '../light/light-i18n.ts';
import { Icon } from './icons.tsx';
import { usePortalFormat } from './portal-format.ts';
import { errorText } from './portal-errors.ts';
import { PORTAL_MAX_PHOTOS, PORTAL_PHOTO_MAX_BYTES, portalApi, type PortalMessage } from './portal-api.ts';
import { ReadOnly } from './preview-banner.tsx';

const BODY_MAX = 5000;

export function MessageThread({ number, messages, onSent }: { number: number; messages: PortalMessage[]; onSent: () => void }) {
  const { t } = useTranslation();
  const format = usePortalFormat();
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(event.currentTarget.files ?? [])];
    event.currentTarget.value = '';
    const tooLarge = picked.find((file) => file.size > PORTAL_PHOTO_MAX_BYTES);
    if (tooLarge) setProblem(t('webform.photos.tooLarge', { name: tooLarge.name, size: Math.floor(PORTAL_PHOTO_MAX_BYTES / 1024 / 1024) }));
    else setProblem(undefined);
    setFiles((current) => [...current, ...picked.filter((file) => file.size <= PORTAL_PHOTO_MAX_BYTES)].slice(0, PORTAL_MAX_PHOTOS));
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return setError(t('portal.errors.required'));
    if (body.trim().length > BODY_MAX) return setError(t('portal.errors.tooLong', { max: BODY_MAX }));
    setError(undefined);
    setProblem(undefined);
    setSending(true);
    try {
      await portalApi.writeMessage(number, body.trim(), files);
      setBody('');
      setFiles([]);
      onSent();
    } catch (failure) {
      setProblem(errorText(t, failure));
    } finally {
      setSending(false);
    }
  };

  return (
    <div className="stack-sm">
      {messages.length === 0 ? (
        <p className="dimmed">{t('portal.ticket.noMessages')}</p>
      ) : (
        <ol className="plain-list p-thread" aria-label={t('portal.ticket.messages')}>
          {messages.map((message) => (
            <li key={message.id} className={`p-bubble ${message.from === 'me' ? 'p-bubble-me' : 'p-bubble-agency'}`} data-from={message.from}>
              <span className="sm strong">{message.from === 'me' ? t('portal.ticket.me') : message.authorName || t('portal.ticket.agency')}</span>
              <p className="pre-line wrap">{message.body}</p>
              {message.files.map((file) => (
                <a key={file.id} href={file.url} className="link sm wrap" target="_blank" rel="noopener">
                  {file.name}
                </a>
              ))}
              <span className="sm p-bubble-time">{format.dateTime(message.at)}</span>
            </li>
          ))}
        </ol>
      )}
      <form className="stack-sm" noValidate onSubmit={(event) => void send(event)}>
        <ReadOnly>
          <div className="stack-sm">
            <TextArea label={t('portal.ticket.write')} value={body} onChange={(v) => (setBody(v), setError(undefined))} error={error} />
            {files.length > 0 && (
              <ul className="plain-list file-list" aria-label={t('portal.ticket.attached')}>
                {files.map((file, index) => (
                  <li key={`${file.name}-${index}`} className="row">
                    <span className="sm wrap">{file.name}</span>
                    <CloseButton label={t('webform.photos.remove', { name: file.name })} onClick={() => setFiles((current) => current.filter((_, i) => i !== index))} />
                  </li>
                ))}
              </ul>
            )}
            {problem && <Alert title={t('portal.errors.title')}>{problem}</Alert>}
            <div className="file-buttons">
              <Button variant="default" className="file-button" onClick={() => picker.current?.click()}>
                <Icon name="camera" size={18} />
                {t('portal.ticket.attach')}
              </Button>
              <input ref={picker} type="file" hidden accept="image/*,application/pdf" multiple onChange={pick} tabIndex={-1} />
              <Button type="submit" className="file-button" loading={sending}>
                {t('portal.ticket.send')}
              </Button>
            </div>
          </div>
        </ReadOnly>
      </form>
    </div>
  );
}
