// The part of a reply its writer wrote: quoted lines ("> …") go, and everything from the first
// mark of quoted history or of a signature on: "On … wrote:" and its French, German, Spanish,
// Italian and Dutch forms (also split over two or three lines, as Gmail and Apple Mail wrap them),
// Outlook's "-----Original Message-----" and its translations, Outlook's header block
// ("De : … Envoyé : … À : … Objet :", "From: … Sent:", "Von: … Gesendet:"), the "-- " signature
// separator and the footers of phones and mobile apps. A forward is not trimmed: what is
// forwarded is the request. When nothing with words would be left, the original is shown.

/** A line (or two or three joined) that introduces the quoted message. */
const ATTRIBUTION = [
  /^On\b.{3,300}\bwrote\s*:\s*$/i,
  /^Le\b.{3,300}\ba écrit\s*:\s*$/i,
  /^Am\b.{3,300}\bschrieb\b.{0,200}:\s*$/i,
  /^El\b.{3,300}\bescribió\s*:\s*$/i,
  /^Il\b.{3,300}\bha scritto\s*:\s*$/i,
  /^Op\b.{3,300}\bschreef\b.{0,200}:\s*$/i,
  /^.{3,200}\bschrieb am\b.{3,100}:\s*$/i,
  // Other languages and orders ("02.04.2012 14:20 пользователь "x" <x@y> написал:"), with a date or an address.
  /^(?=.*[\d@]).{3,300}\s(wrote|a écrit|schrieb|escribió|ha scritto|schreef|skrev|napsal|kirjoitti|написал|написала|napisał)\s*:\s*$/iu,
];

/** How an attribution split over lines starts: a greeting word of the patterns above, or a date. */
const ATTRIBUTION_START = /^\s*((On|Le|Am|El|Il|Op)\b|\d)/i;

const SEPARATOR = /^\s*-{2,}\s*(original message|message d'origine|ursprüngliche nachricht|mensaje original|messaggio originale|oorspronkelijk bericht|originalnachricht)\s*-{2,}/i;

const SIGNATURE = /^-- ?$/;

const MOBILE_FOOTER = new RegExp(
  '^\\s*(' +
    [
      'sent from my \\w', 'sent from (mail|outlook|yahoo|samsung|gmail) for', 'sent from outlook', 'sent from yahoo mail', 'get outlook for (ios|android)',
      'envoyé de mon \\w', 'envoyé depuis mon \\w', 'envoyé à partir de', 'télécharger outlook pour (ios|android)', 'obtenir outlook pour (ios|android)',
      'von meinem \\w+ gesendet', 'gesendet von meinem \\w', 'gesendet mit', 'outlook für (ios|android) herunterladen', 'enviado desde mi \\w',
      'inviato da(l mio)? \\w',
    ].join('|') +
    ')',
  'i',
);

/** The header lines of a quoted message in Outlook and webmails (bold markers allowed). */
const FROM_LINE = /^\s*\*?(de|from|von|da|van)\s*\*?\s*:\s*\S/i;
const HEADER_LINE = /^\s*\*?(envoyé|sent|gesendet|date|datum|inviato|enviado|verzonden|à|a|to|an|aan|para|objet|subject|betreff|oggetto|asunto|onderwerp|cc)\s*\*?\s*:/i;
const UNDERSCORES = /^\s*_{10,}\s*$/;

function attributes(lines: string[], at: number, count: number): boolean {
  const joined = lines.slice(at, at + count).map((line) => line.trim()).join(' ');
  return ATTRIBUTION.some((pattern) => pattern.test(joined));
}

/** The attribution starts on this line (alone, or wrapped over the next one or two). */
function isAttribution(lines: string[], at: number): boolean {
  if (attributes(lines, at, 1)) return true;
  if (!ATTRIBUTION_START.test(lines[at]!)) return false;
  for (let count = 2; count <= 3 && at + count <= lines.length; count++) {
    // "Le 12 je suis absent" followed by "On … wrote:" is not part of it.
    if (attributes(lines, at, count)) return !(ATTRIBUTION_START.test(lines[at + 1]!) && attributes(lines, at + 1, count - 1));
  }
  return false;
}

function isHeaderBlock(lines: string[], at: number): boolean {
  if (!FROM_LINE.test(lines[at]!)) return false;
  let headers = 0;
  for (let next = at + 1; next < lines.length && next <= at + 6; next++) {
    if (lines[next]!.trim() === '') continue;
    if (!HEADER_LINE.test(lines[next]!)) break;
    headers++;
  }
  return headers >= 2;
}

/** Where the writer's own text ends (the line index of the first cut), or the line count. */
function cutAt(lines: string[]): number {
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (SIGNATURE.test(line) || SEPARATOR.test(line) || MOBILE_FOOTER.test(line)) return at;
    if (UNDERSCORES.test(line) && lines.slice(at + 1, at + 3).some((next) => FROM_LINE.test(next))) return at;
    if (isHeaderBlock(lines, at) || isAttribution(lines, at)) return at;
  }
  return lines.length;
}

/** What forwarding clients write above the forwarded message (Gmail, Apple Mail, Outlook, in
 * English, French, German, Spanish, Italian). */
const FORWARD_MARKER = new RegExp(
  '^\\s*(-{2,}\\s*(forwarded message|message transféré|weitergeleitete nachricht|mensaje reenviado|messaggio inoltrato)\\s*-{2,}' +
    '|begin forwarded message\\s*:|début du message réexpédié\\s*:|anfang der weitergeleiteten nachricht\\s*:|inizio messaggio inoltrato\\s*:)',
  'im',
);

/** Subject prefixes of a forward: Fwd, Fw, TR (French), WG (German), RV (Spanish), I (Italian), VS/VB (Nordic). */
const FORWARD_SUBJECT = /^\s*(fwd?|tr|wg|rv|i|vs|vb|doorst)\s*:/i;

const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);

function tidy(lines: string[]): string {
  return lines
    .filter((line) => !/^\s*>/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The reply without its quoted history and signature. A forward (its subject, when given, or
 * a forward marker in the text) is left whole: its "history" is the message forwarded, and
 * Thunderbird, Zimbra and Outlook mark it with the same "Original Message" line as a reply. */
export function trimReply(text: string, subject?: string): { shown: string; trimmed: boolean } {
  const original = text.replace(/\r\n?/g, '\n');
  if ((subject !== undefined && FORWARD_SUBJECT.test(subject)) || FORWARD_MARKER.test(original)) return { shown: original.trim(), trimmed: false };
  const lines = original.split('\n');
  let shown = tidy(lines.slice(0, cutAt(lines)));
  // Written below the quote (bottom-posting): the lines that are not quoted.
  if (!hasWords(shown)) shown = tidy(lines.filter((line, at) => !isAttribution(lines, at)));
  if (!hasWords(shown)) return { shown: original.trim(), trimmed: false };
  return { shown, trimmed: shown !== original.trim() };
}
