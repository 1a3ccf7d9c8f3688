// Which template the page edits, kept in the address: /admin/templates?key=…&channel=…&language=…
import { TEMPLATE_KEYS } from '../../../../src/domain/messages/template-catalogue.ts';

export interface TemplateAddress {
  key: string;
  channel: 'email' | 'sms';
  language: string;
}

const LANGUAGES = ['fr', 'en'];

/** The template named by the query string, or null for the list. */
export function addressFrom(search: string): TemplateAddress | null {
  const params = new URLSearchParams(search);
  const key = params.get('key') ?? '';
  const channel = params.get('channel');
  const language = params.get('language') ?? '';
  if (!(TEMPLATE_KEYS as readonly string[]).includes(key) || !LANGUAGES.includes(language)) return null;
  if (channel !== 'email' && channel !== 'sms') return null;
  return { key, channel, language };
}

/** The page's address for one template. */
export function templateHref({ key, channel, language }: TemplateAddress): string {
  return `/admin/templates?${new URLSearchParams({ key, channel, language }).toString()}`;
}

/** The API path of one template. */
export function templatePath({ key, channel, language }: TemplateAddress): string {
  return `/api/v1/templates/${key}/${channel}/${language}`;
}
