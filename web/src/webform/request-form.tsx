// The request itself, in three parts a resident fills on a phone: what (the kind of problem, its
// questions, a description, photos), where (the building, or an address, and the flat), who (name,
// email or phone). Checked before it goes; every problem said under its field, the first one
// focused. A form opened a few seconds ago waits before it goes (the server takes a form sent
// faster than a person can for a robot's), and one left open past its validity is renewed and sent.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { WEBFORM_MIN_SECONDS } from '../../../src/domain/inbound/webform-rules.ts';
import { ApiError, fieldProblems } from '../api.ts';
import { Alert, Button } from '../light/controls.tsx';
import { NativeSelect, TextArea, TextInput } from '../light/fields.tsx';
import { useTranslation, type TFunction } from '../light/light-i18n.ts';
import { CategoryFields } from './category-fields.tsx';
import { checkForm, EMPTY_FORM, OTHER_PLACE, requestBody, serverErrors, type FieldErrors, type FormState } from './form-checks.ts';
import { revealInFrame } from './frame-messages.ts';
import { PhotoPicker } from './photo-picker.tsx';
import { fetchWebform, sendRequest, type WebformView } from './webform-api.ts';

export interface Sent {
  ticketNumber: number | null;
  email: string | null;
}

interface Props {
  slug: string;
  view: WebformView;
  /** When the view (its form token) was received, by this device's clock. */
  openedAt: number;
  onSent: (sent: Sent) => void;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A refusal about the photos, said by name; undefined for any other refusal. */
function photoRefusal(t: TFunction, error: ApiError, limits: WebformView['limits']): string | undefined {
  const filename = (error.details as { filename?: unknown } | undefined)?.filename;
  const name = typeof filename === 'string' ? filename : '';
  if (error.code === 'file_type_not_allowed' || error.code === 'empty_file') return t('webform.photos.notImage', { name });
  if (error.code === 'file_too_large') return t('webform.photos.tooLarge', { name, size: Math.floor(limits.maxPhotoBytes / 1024 / 1024) });
  if (error.code === 'too_many_files') return t('webform.photos.tooMany', { max: limits.maxPhotos });
  return undefined;
}

export function RequestForm({ slug, view: initialView, openedAt: initialOpenedAt, onSent }: Props) {
  const { t } = useTranslation();
  const [view, setView] = useState(initialView);
  const [openedAt, setOpenedAt] = useState(initialOpenedAt);
  const [state, setState] = useState<FormState>(() => ({ ...EMPTY_FORM, propertyId: initialView.properties.length ? '' : OTHER_PLACE }));
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>({});
  /** What is said above the button: the fields to check, or a refusal that names no field. */
  const [general, setGeneral] = useState<'fields' | string>();
  const [sending, setSending] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const form = useRef<HTMLFormElement>(null);

  const category = view.categories.find((c) => c.id === state.categoryId);
  const set = <K extends keyof FormState>(key: K) => (value: FormState[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    // A changed field's error goes; the others stay until the next try.
    setErrors((e) => {
      if (!(key in e) && !(key === 'email' && 'phone' in e) && !(key === 'phone' && 'email' in e)) return e;
      const next = { ...e };
      delete next[key];
      if (key === 'email' || key === 'phone') {
        if (next.phone === t('webform.errors.contact')) delete next.phone;
        if (next.email === t('webform.errors.contact')) delete next.email;
      }
      if (key === 'propertyId') delete next.address;
      return next;
    });
  };
  const setField = (key: string, value: string) => {
    setState((s) => ({ ...s, fields: { ...s.fields, [key]: value } }));
    setErrors((e) => {
      const next = { ...e };
      delete next[`categoryFields.${key}`];
      return next;
    });
  };

  // The first problem gets the focus (and the frame's page scrolls to it).
  useEffect(() => {
    if (!focusTick) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
    const target = invalid && (invalid.matches('input, select, textarea') ? invalid : invalid.querySelector<HTMLElement>('input:not([hidden]), button, select, textarea'));
    const shown = target ?? form.current?.querySelector<HTMLElement>('[data-general-error]');
    if (shown) {
      shown.focus();
      revealInFrame(shown);
    }
  }, [focusTick]);

  const refuse = (fieldErrors: FieldErrors, message?: string) => {
    setErrors(fieldErrors);
    setGeneral(message);
    setFocusTick((n) => n + 1);
  };

  const send = async (current: { view: WebformView; openedAt: number }, renewed = false): Promise<void> => {
    // A person takes more than a few seconds; a quick one waits the rest here rather than being taken for a robot.
    await wait(current.openedAt + (WEBFORM_MIN_SECONDS + 0.5) * 1000 - Date.now());
    try {
      const answer = await sendRequest(slug, requestBody(current.view, state, current.view.formToken), photos);
      onSent({ ticketNumber: answer.ticketNumber, email: state.email.trim() || null });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === 'form_expired' && !renewed) {
        // Left open too long: a new form, the same answers, sent again.
        const fresh = { view: await fetchWebform(slug), openedAt: Date.now() };
        setView(fresh.view);
        setOpenedAt(fresh.openedAt);
        return send(fresh, true);
      }
      setSending(false);
      if (error.code === 'validation_failed') {
        const byField = serverErrors(t, fieldProblems(error));
        return refuse(byField, Object.keys(byField).length ? 'fields' : t('webform.errors.unknown'));
      }
      const aboutPhotos = photoRefusal(t, error, view.limits);
      if (aboutPhotos) {
        setPhotoError(aboutPhotos);
        return refuse({}, 'fields');
      }
      if (error.code === 'too_many_attempts') return refuse({}, t('webform.errors.tooMany'));
      return refuse({}, error.status === 0 ? t('webform.errors.network') : t('webform.errors.unknown'));
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    const found = checkForm(t, view, state);
    if (Object.keys(found).length || photoError) return refuse(found, 'fields');
    setSending(true);
    setGeneral(undefined);
    try {
      await send({ view, openedAt });
    } catch {
      setSending(false);
      refuse({}, t('webform.errors.network'));
    }
  };

  return (
    <form ref={form} className="stack f-form" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="webform-title">
      <div className="stack-xs">
        <h1 id="webform-title" className="h3">
          {t('webform.title')}
        </h1>
        <p className="dimmed">{t('webform.intro')}</p>
        <p className="sm dimmed">{t('webform.requiredNote')}</p>
      </div>

      <section className="card stack" aria-labelledby="webform-request">
        <h2 id="webform-request" className="h4">
          {t('webform.sections.request')}
        </h2>
        {view.categories.length > 0 && (
          <NativeSelect label={t('webform.category.label')} value={state.categoryId} onChange={set('categoryId')} error={errors.categoryId}>
            <option value="">{t('webform.category.choose')}</option>
            {view.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value="">{t('webform.category.none')}</option>
          </NativeSelect>
        )}
        {category && <CategoryFields fields={category.fields} values={state.fields} onChange={setField} errors={errors} />}
        <TextInput label={t('webform.subject.label')} description={t('webform.subject.description')} value={state.subject} onChange={set('subject')} error={errors.subject} maxLength={200} />
        <TextArea label={t('webform.description.label')} description={t('webform.description.description')} required value={state.description} onChange={set('description')} error={errors.description} />
        <PhotoPicker photos={photos} onChange={setPhotos} max={view.limits.maxPhotos} maxBytes={view.limits.maxPhotoBytes} error={photoError} onError={setPhotoError} />
      </section>

      <section className="card stack" aria-labelledby="webform-place">
        <h2 id="webform-place" className="h4">
          {t('webform.sections.place')}
        </h2>
        {view.properties.length > 0 && (
          <NativeSelect label={t('webform.property.label')} required value={state.propertyId} onChange={set('propertyId')} error={errors.propertyId}>
            <option value="">{t('webform.property.choose')}</option>
            {view.properties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} — {p.address}
              </option>
            ))}
            <option value={OTHER_PLACE}>{t('webform.property.other')}</option>
          </NativeSelect>
        )}
        {state.propertyId === OTHER_PLACE && (
          <TextInput label={t('webform.address.label')} description={t('webform.address.description')} required value={state.address} onChange={set('address')} error={errors.address} autoComplete="street-address" maxLength={500} />
        )}
        <TextInput label={t('webform.unit.label')} description={t('webform.unit.description')} value={state.unit} onChange={set('unit')} error={errors.unit} autoComplete="address-line2" maxLength={200} />
      </section>

      <section className="card stack" aria-labelledby="webform-contact">
        <h2 id="webform-contact" className="h4">
          {t('webform.sections.contact')}
        </h2>
        <TextInput label={t('webform.name.label')} required value={state.name} onChange={set('name')} error={errors.name} autoComplete="name" maxLength={200} />
        <p className="sm dimmed">{t('webform.contactNote')}</p>
        <TextInput label={t('webform.email.label')} description={t('webform.email.description')} type="email" inputMode="email" value={state.email} onChange={set('email')} error={errors.email} autoComplete="email" maxLength={254} />
        <TextInput label={t('webform.phone.label')} type="tel" inputMode="tel" value={state.phone} onChange={set('phone')} error={errors.phone} autoComplete="tel" maxLength={24} />
      </section>

      {/* The honeypot: out of sight and out of reach for people and their assistive technologies. */}
      <div className="f-trap" aria-hidden="true">
        <label htmlFor="webform-website">{t('webform.honeypot')}</label>
        <input id="webform-website" name="website" type="text" tabIndex={-1} autoComplete="off" value={state.website} onChange={(event) => set('website')(event.currentTarget.value)} />
      </div>

      {/* "Check the fields" lasts while a field still has its error. */}
      {general && (general !== 'fields' || Object.keys(errors).length > 0 || photoError) && (
        <div data-general-error tabIndex={-1} className="f-general-error">
          <Alert title={t('webform.errors.title')}>{general === 'fields' ? t('webform.errors.summary') : general}</Alert>
        </div>
      )}
      <Button type="submit" size="lg" fullWidth loading={sending}>
        {t('webform.submit')}
      </Button>
    </form>
  );
}
