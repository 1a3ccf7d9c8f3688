// Reporting a problem (/portal/new): where (my unit, or the common parts of my building), what
// (the category and its questions, a description, photos), when I am at home and whether the
// contractor may enter without me; then the request's number. Checked before it goes, every
// problem said under its field and the first one focused; the server's refusals said in words.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { ApiError, fieldProblems } from '../api.ts';
import { Alert, Button } from '../light/controls.tsx';
import { NativeSelect, TextArea, TextInput } from '../light/fields.tsx';
import { useTranslation, type TFunction } from '../light/light-i18n.ts';
import { CategoryFields } from '../webform/category-fields.tsx';
import { PhotoPicker } from '../webform/photo-picker.tsx';
import type { WebformField } from '../webform/webform-api.ts';
import { usePageTitle } from './portal-app.tsx';
import { errorText } from './portal-errors.ts';
import { PORTAL_MAX_PHOTOS, PORTAL_PHOTO_MAX_BYTES, portalApi, type NewRequest, type PortalCategory, type PortalMe } from './portal-api.ts';
import { ReadOnly } from './preview-banner.tsx';
import { useMe } from './portal-session.tsx';
import { ArticleSuggestions } from './article-suggestions.tsx';

const DESCRIPTION_MAX = 5000;
const AVAILABILITY_MAX = 500;

interface PlaceChoice {
  value: string;
  label: string;
  place: NewRequest['place'];
}

/** My units, then the common parts of each of my buildings. */
function placeChoices(t: TFunction, me: PortalMe): PlaceChoice[] {
  const units = me.places
    .filter((p) => p.unitId)
    .map((p) => ({ value: `unit:${p.unitId}`, label: t('portal.place.unit', { property: p.propertyName, unit: p.unitReference ?? '' }), place: { unitId: p.unitId! } }));
  const seen = new Set<string>();
  const commons: PlaceChoice[] = [];
  for (const p of me.places) {
    if (seen.has(p.propertyId)) continue;
    seen.add(p.propertyId);
    commons.push({ value: `property:${p.propertyId}`, label: t('portal.place.common', { property: p.propertyName }), place: { propertyId: p.propertyId } });
  }
  return [...units, ...commons];
}

function fieldValue(type: string, text: string): unknown {
  if (type === 'number') return Number(text.replace(',', '.').trim());
  if (type === 'boolean') return text === 'true';
  return text.trim();
}

type Errors = Record<string, string>;

export default function NewRequestPage() {
  const { t } = useTranslation();
  const me = useMe();
  const choices = useMemo(() => placeChoices(t, me), [t, me]);
  const [categories, setCategories] = useState<PortalCategory[]>([]);
  // The tenant companies the resident works for: a request may be for one of them (its admin follows it).
  const companies = me.companies;
  const [forCompany, setForCompany] = useState(companies.length === 1 ? companies[0]!.id : '');
  const [place, setPlace] = useState(choices.length === 1 ? choices[0]!.value : '');
  const [categoryId, setCategoryId] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const [availability, setAvailability] = useState('');
  const [entryAllowed, setEntryAllowed] = useState(false);
  const [photos, setPhotos] = useState<File[]>([]);
  const [photoError, setPhotoError] = useState<string>();
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<number>();
  const [focusTick, setFocusTick] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const done = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('portal.new.title'));

  useEffect(() => {
    portalApi
      .categories()
      .then(setCategories)
      .catch(() => setCategories([])); // without the list, the request goes without a category
  }, []);

  useEffect(() => {
    if (!focusTick) return;
    const invalid = form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
    const target = invalid && (invalid.matches('input, select, textarea') ? invalid : invalid.querySelector<HTMLElement>('input:not([hidden]), button, select, textarea'));
    (target ?? form.current?.querySelector<HTMLElement>('[data-general-error]'))?.focus();
  }, [focusTick]);

  useEffect(() => {
    if (sent !== undefined) done.current?.focus();
  }, [sent]);

  const category = categories.find((c) => c.id === categoryId);
  const clear = (key: string) => setErrors((e) => (key in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== key)) : e));

  const check = (): Errors => {
    const found: Errors = {};
    const required = t('portal.errors.required');
    if (!place) found.place = t('portal.new.placeRequired');
    if (!description.trim()) found.description = required;
    else if (description.trim().length > DESCRIPTION_MAX) found.description = t('portal.errors.tooLong', { max: DESCRIPTION_MAX });
    if (availability.trim().length > AVAILABILITY_MAX) found.availability = t('portal.errors.tooLong', { max: AVAILABILITY_MAX });
    for (const field of category?.fields ?? []) {
      const text = (fields[field.key] ?? '').trim();
      const name = `categoryFields.${field.key}`;
      if (!text) {
        if (field.required) found[name] = required;
      } else if (field.type === 'number' && !Number.isFinite(fieldValue('number', text))) found[name] = t('portal.errors.number');
    }
    return found;
  };

  const refuse = (found: Errors, message?: string) => {
    setErrors(found);
    setProblem(message);
    setFocusTick((n) => n + 1);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    const found = check();
    if (Object.keys(found).length || photoError) return refuse(found, t('portal.errors.checkFields'));
    const chosen = choices.find((c) => c.value === place)!;
    const categoryFields: Record<string, unknown> = {};
    for (const field of category?.fields ?? []) {
      const text = fields[field.key] ?? '';
      if (text.trim()) categoryFields[field.key] = fieldValue(field.type, text);
    }
    const request: NewRequest = {
      place: chosen.place,
      ...(category ? { categoryId: category.id } : {}),
      ...(Object.keys(categoryFields).length ? { categoryFields } : {}),
      ...(subject.trim() ? { subject: subject.trim() } : {}),
      description: description.trim(),
      ...(availability.trim() ? { availability: availability.trim() } : {}),
      entryAllowed,
      ...(forCompany ? { companyId: forCompany } : {}),
    };
    setSending(true);
    setProblem(undefined);
    try {
      const answer = await portalApi.createTicket(request, photos);
      setSent(answer.number);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'validation_failed') {
        const byField: Errors = {};
        for (const p of fieldProblems(error)) {
          const key = p.field.startsWith('categoryFields.') ? p.field : p.field.replace(/^request\./, '');
          if (['description', 'availability', 'subject'].includes(key) || key.startsWith('categoryFields.')) byField[key] = t('portal.errors.invalid');
        }
        refuse(byField, t('portal.errors.checkFields'));
      } else if (error instanceof ApiError && ['file_too_large', 'file_type_not_allowed', 'too_many_files', 'empty_file'].includes(error.code)) {
        setPhotoError(errorText(t, error));
        refuse({}, t('portal.errors.checkFields'));
      } else refuse({}, errorText(t, error));
    } finally {
      setSending(false);
    }
  };

  if (sent !== undefined) {
    return (
      <div className="stack page-top" data-testid="portal-request-sent">
        <h1 ref={done} tabIndex={-1} className="h3 p-focus-target">
          {t('portal.new.sentTitle')}
        </h1>
        <Alert tone="success" role="status">
          <span className="strong">{t('portal.new.sentNumber', { number: sent })}</span>
        </Alert>
        <p>{t('portal.new.sentNext')}</p>
        <Link href={`/tickets/${sent}`} className="btn btn-lg btn-full">
          {t('portal.new.seeRequest')}
        </Link>
        <Link href="/" className="btn btn-default btn-full">
          {t('portal.new.backHome')}
        </Link>
      </div>
    );
  }

  return (
    <form ref={form} className="stack page-top" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="portal-new-title">
      <div className="stack-xs">
        <Link href="/" className="link back-link">
          {t('portal.back')}
        </Link>
        <h1 id="portal-new-title" className="h3">
          {t('portal.new.title')}
        </h1>
        <p className="sm dimmed">{t('portal.new.left', { count: me.requestsLeftToday })}</p>
      </div>
      <ReadOnly>
        <div className="stack">
          <section className="card stack" aria-labelledby="portal-new-where">
            <h2 id="portal-new-where" className="h4">
              {t('portal.new.where')}
            </h2>
            <NativeSelect label={t('portal.new.place')} required value={place} onChange={(v) => (setPlace(v), clear('place'))} error={errors.place}>
              <option value="">{t('portal.new.choosePlace')}</option>
              {choices.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </NativeSelect>
            {companies.length > 0 && (
              <NativeSelect label={t('portal.new.forWhom')} value={forCompany} onChange={setForCompany}>
                <option value="">{t('portal.new.forMyself')}</option>
                {companies.map((c) => (
                  <option key={c.id} value={c.id}>
                    {t('portal.new.forCompany', { company: c.name })}
                  </option>
                ))}
              </NativeSelect>
            )}
          </section>

          <section className="card stack" aria-labelledby="portal-new-what">
            <h2 id="portal-new-what" className="h4">
              {t('portal.new.what')}
            </h2>
            {categories.length > 0 && (
              <NativeSelect label={t('portal.new.category')} value={categoryId} onChange={(v) => (setCategoryId(v), setFields({}))}>
                <option value="">{t('portal.new.chooseCategory')}</option>
                {categories.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            )}
            {category && (
              <CategoryFields
                fields={category.fields as unknown as WebformField[]}
                values={fields}
                onChange={(key, value) => (setFields((f) => ({ ...f, [key]: value })), clear(`categoryFields.${key}`))}
                errors={errors}
              />
            )}
            <TextInput label={t('portal.new.subject')} description={t('portal.new.subjectHint')} value={subject} onChange={setSubject} maxLength={200} />
            <TextArea label={t('portal.new.description')} description={t('portal.new.descriptionHint')} required value={description} onChange={(v) => (setDescription(v), clear('description'))} error={errors.description} />
            <ArticleSuggestions text={`${subject} ${description}`} />
            <PhotoPicker photos={photos} onChange={setPhotos} max={PORTAL_MAX_PHOTOS} maxBytes={PORTAL_PHOTO_MAX_BYTES} error={photoError} onError={setPhotoError} />
          </section>

          <section className="card stack" aria-labelledby="portal-new-when">
            <h2 id="portal-new-when" className="h4">
              {t('portal.new.access')}
            </h2>
            <TextArea label={t('portal.new.availability')} description={t('portal.new.availabilityHint')} value={availability} onChange={(v) => (setAvailability(v), clear('availability'))} error={errors.availability} />
            <label className="p-check">
              <input type="checkbox" className="p-checkbox" checked={entryAllowed} onChange={(event) => setEntryAllowed(event.currentTarget.checked)} />
              <span>{t('portal.new.entryAllowed')}</span>
            </label>
          </section>

          {problem && (
            <div data-general-error tabIndex={-1} className="p-focus-target">
              <Alert title={t('portal.errors.title')}>{problem}</Alert>
            </div>
          )}
          <Button type="submit" size="lg" fullWidth loading={sending}>
            {t('portal.new.submit')}
          </Button>
        </div>
      </ReadOnly>
    </form>
  );
}
