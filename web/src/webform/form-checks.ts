// The web form's fields as the page holds them (text, as typed), the body they make for the
// server, and the checks made before sending — the server's own (src/inbound/submit-webform.ts),
// said in the sender's language — and the server's refusals turned into the same messages.
import { WEBFORM_PHONE_PATTERN } from '../../../src/domain/inbound/webform-rules.ts';
import type { TFunction } from '../light/light-i18n.ts';
import type { WebformBody, WebformCategory, WebformView } from './webform-api.ts';

/** The building choice "not in the list": an address is typed instead. */
export const OTHER_PLACE = 'other';

export interface FormState {
  categoryId: string;
  /** The category's fields as typed; booleans as 'true' / 'false', '' when not answered. */
  fields: Record<string, string>;
  subject: string;
  description: string;
  propertyId: string;
  address: string;
  unit: string;
  name: string;
  email: string;
  phone: string;
  /** The honeypot: never shown to a person. */
  website: string;
}

export const EMPTY_FORM: FormState = { categoryId: '', fields: {}, subject: '', description: '', propertyId: '', address: '', unit: '', name: '', email: '', phone: '', website: '' };

/** Field name (as the server names it: `email`, `categoryFields.location`…) → message. */
export type FieldErrors = Record<string, string>;

const MAX_LENGTH: Partial<Record<keyof FormState, number>> = { subject: 200, description: 10_000, address: 500, unit: 200, name: 200 };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function categoryOf(view: WebformView, state: FormState): WebformCategory | undefined {
  return view.categories.find((c) => c.id === state.categoryId);
}

function fieldValue(type: string, text: string): unknown {
  if (type === 'number') return Number(text.replace(',', '.').trim());
  if (type === 'boolean') return text === 'true';
  return text.trim();
}

/** The body for the server: blank fields left out, the category's fields typed. */
export function requestBody(view: WebformView, state: FormState, formToken: string): WebformBody {
  const category = categoryOf(view, state);
  const categoryFields: Record<string, unknown> = {};
  for (const field of category?.fields ?? []) {
    const text = state.fields[field.key] ?? '';
    if (text.trim() !== '') categoryFields[field.key] = fieldValue(field.type, text);
  }
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const body: WebformBody = {
    name: state.name.trim(),
    email: optional(state.email),
    phone: optional(state.phone),
    propertyId: state.propertyId && state.propertyId !== OTHER_PLACE ? state.propertyId : undefined,
    address: state.propertyId === OTHER_PLACE || !state.propertyId ? optional(state.address) : undefined,
    unit: optional(state.unit),
    categoryId: category?.id,
    categoryFields: category && Object.keys(categoryFields).length ? categoryFields : undefined,
    subject: optional(state.subject),
    description: state.description.trim(),
    website: state.website || undefined,
    formToken,
  };
  return JSON.parse(JSON.stringify(body)) as WebformBody; // without the undefined fields
}

/** What is wrong before sending, by field; empty when the form may go. */
export function checkForm(t: TFunction, view: WebformView, state: FormState): FieldErrors {
  const errors: FieldErrors = {};
  const required = t('webform.errors.required');
  if (!state.name.trim()) errors.name = required;
  if (!state.description.trim()) errors.description = required;
  if (!state.email.trim() && !state.phone.trim()) errors.email = errors.phone = t('webform.errors.contact');
  if (state.email.trim() && !EMAIL.test(state.email.trim())) errors.email = t('webform.errors.email');
  if (state.phone.trim() && !WEBFORM_PHONE_PATTERN.test(state.phone.trim())) errors.phone = t('webform.errors.phone');
  if (!state.propertyId) errors.propertyId = t('webform.errors.place');
  else if (state.propertyId === OTHER_PLACE && !state.address.trim()) errors.address = t('webform.errors.place');
  for (const [key, max] of Object.entries(MAX_LENGTH) as [keyof FormState, number][]) {
    if (String(state[key]).trim().length > max) errors[key] = t('webform.errors.tooLong', { max });
  }
  for (const field of categoryOf(view, state)?.fields ?? []) {
    const text = (state.fields[field.key] ?? '').trim();
    const name = `categoryFields.${field.key}`;
    if (!text) {
      if (field.required) errors[name] = required;
    } else if (field.type === 'number' && !Number.isFinite(fieldValue('number', text))) errors[name] = t('webform.errors.number');
    else if (field.type === 'date' && Number.isNaN(Date.parse(text))) errors[name] = t('webform.errors.invalid');
  }
  return errors;
}

/** The server's `validation_failed` details as the page's messages; what names no field of the
 * page is left out (the caller shows a general message). */
export function serverErrors(t: TFunction, details: readonly { field: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of details) {
    const tooLong = /more than (\d+)/.exec(message);
    let text: string;
    if (tooLong) text = t('webform.errors.tooLong', { max: Number(tooLong[1]) });
    else if ((field === 'email' || field === 'phone') && /or an? /.test(message)) text = t('webform.errors.contact');
    else if (field === 'email') text = t('webform.errors.email');
    else if (field === 'phone') text = t('webform.errors.phone');
    else if (field === 'propertyId' || field === 'address') text = t('webform.errors.place');
    else if (/required/.test(message)) text = t('webform.errors.required');
    else if (/must be a number/.test(message)) text = t('webform.errors.number');
    else text = t('webform.errors.invalid');
    if (['name', 'email', 'phone', 'propertyId', 'address', 'unit', 'subject', 'description', 'categoryId'].includes(field) || field.startsWith('categoryFields.')) errors[field] = text;
  }
  return errors;
}
