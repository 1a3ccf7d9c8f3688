// A file name from a mail made safe to store and to show: only its last path segment, no
// scheme (`php://…`), no control or direction-override characters, no characters Windows
// refuses, at most 180 characters with its extension kept; a fallback "piece-jointe-N.ext".

const MAX_LENGTH = 180;

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
  'image/heic': 'heic',
  'application/pdf': 'pdf',
  'message/rfc822': 'eml',
  'text/plain': 'txt',
  'text/html': 'html',
  'text/calendar': 'ics',
  'text/csv': 'csv',
  'application/ms-tnef': 'dat',
  'application/vnd.ms-tnef': 'dat',
  'application/pkcs7-mime': 'p7m',
  'application/x-pkcs7-mime': 'p7m',
  'application/zip': 'zip',
  'application/msword': 'doc',
};

/** Windows-1252's characters for 0x80–0x9F, which raw 8-bit names read as Latin-1 come out as. */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;

/** The extension a file of that type is given when it comes without a name. */
export function extensionFor(contentType: string): string {
  const type = contentType.toLowerCase();
  return EXTENSIONS[type] ?? (type.startsWith('image/') ? type.slice(6).split('+')[0]!.replace(/[^a-z0-9]/g, '').slice(0, 8) || 'bin' : 'bin');
}

/** "piece-jointe-N.ext" for the Nth file of the mail. */
export function fallbackName(index: number, contentType: string): string {
  return `piece-jointe-${index}.${extensionFor(contentType)}`;
}

function cut(name: string): string {
  if (name.length <= MAX_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
  return name.slice(0, MAX_LENGTH - extension.length).trimEnd() + extension;
}

/** The safe form of a name, or the fallback when nothing usable is left. */
export function safeFilename(raw: string | null | undefined, index: number, contentType: string): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? '');
  // eslint-disable-next-line no-control-regex -- control characters have no place in a file name
  name = name.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffd]/g, '');
  // A scheme first (php://filter/…, file:…), then the last segment of any path.
  name = name.replace(/^\s*[a-z][a-z0-9+.-]{1,20}:(\/\/?)?/i, '');
  const segments = name.split(/[/\\]+/).filter((segment) => segment.trim() !== '' && !/^\.+$/.test(segment.trim()));
  name = segments.at(-1) ?? '';
  name = name.replace(/[<>:"|?*]/g, '_').replace(/\.{2,}/g, '.').replace(/\s+/g, ' ').replace(/^[\s.]+|[\s.]+$/g, '');
  if (RESERVED.test(name)) name = `_${name}`;
  name = cut(name);
  if (name === '' || /^_*$/.test(name)) return fallbackName(index, contentType);
  return name;
}
