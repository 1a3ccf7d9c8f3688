// The web form's calls: what the agency's form offers (GET /api/v1/webform/{slug}) and sending a
// request (POST, multipart when photos come: the fields as JSON in `payload`, then `photos`).
import type { Jsonify } from '../../../src/http/jsonify.ts';
import type { webformView } from '../../../src/inbound/webform-view.ts';
import type { WebformInputT } from '../../../src/inbound/webform-input.ts';
import { api } from '../api.ts';

/** What the page shows, as the server makes it (src/inbound/webform-view.ts). */
export type WebformView = Jsonify<Awaited<ReturnType<typeof webformView>>>;
export type WebformCategory = WebformView['categories'][number];
export type WebformField = WebformCategory['fields'][number];
export type WebformBody = WebformInputT;

/** The agency's slug: the address is /f/{slug}. */
export function slugOfPage(pathname: string): string {
  return decodeURIComponent(/^\/f\/([^/]+)/.exec(pathname)?.[1] ?? '');
}

export function fetchWebform(slug: string): Promise<WebformView> {
  return api.get<WebformView>(`/api/v1/webform/${encodeURIComponent(slug)}`);
}

/** Sends the request; the answer's number is null when the server took it for a robot's. */
export function sendRequest(slug: string, body: WebformBody, photos: readonly File[]): Promise<{ ticketNumber: number | null }> {
  const path = `/api/v1/webform/${encodeURIComponent(slug)}`;
  if (photos.length === 0) return api.post(path, body);
  const form = new FormData();
  form.append('payload', JSON.stringify(body));
  for (const photo of photos) form.append('photos', photo, photo.name);
  return api.post(path, form);
}
