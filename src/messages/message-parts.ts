// The parts of a message around a rendered template: the tidied text, the email's subject and
// its HTML part built from the text (one source, two parts), and the SMS as it leaves with its
// count of parts.
import { countSms, suggestGsmReplacements, type SmsCount } from '../domain/messages/sms-count.ts';

/** Tidies a rendered text: no trailing spaces, at most one blank line in a row, trimmed. */
export function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The full email subject: the system's "[Ticket n°N] " then the template's title. */
export function emailSubject(ticketNumber: number | string, title: string): string {
  return `[Ticket n°${ticketNumber}] ${title}`.trim();
}

/** The SMS as it leaves: "Ticket N: " + body, the link on its own line, then " - agency". All
 * system parts are GSM-7 on purpose: "n°" and "–" are not in the GSM alphabet and would switch
 * every SMS to UCS-2 (70 characters a part instead of 160). */
export function composeSms(parts: { ticketNumber: number | string; body: string; link?: string | null; agencyName?: string | null }): string {
  const agency = parts.agencyName ? suggestGsmReplacements(parts.agencyName).text.trim() : '';
  return `Ticket ${parts.ticketNumber}: ${parts.body}${parts.link ? `\n${parts.link}` : ''}${agency ? ` - ${agency}` : ''}`;
}

/** A ticketless SMS as it leaves (the news wall's urgent post): the body, the link on its own
 * line, then " - agency" — no "Ticket N: " prefix. */
export function composeTicketlessSms(parts: { body: string; link: string; agencyName?: string | null }): string {
  const agency = parts.agencyName ? suggestGsmReplacements(parts.agencyName).text.trim() : '';
  return `${parts.body}\n${parts.link}${agency ? ` - ${agency}` : ''}`;
}

/** countSms of the composed SMS: what the agency will really pay for. */
export function countComposedSms(parts: Parameters<typeof composeSms>[0]): SmsCount & { text: string } {
  const text = composeSms(parts);
  return { ...countSms(text), text };
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** One line: escaped, with its http(s) URLs made into links (trailing punctuation left outside). */
function lineToHtml(line: string): string {
  let html = '';
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    html += escapeHtml(line.slice(last, start));
    html += `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/** The HTML part of an email from its plain text: escaped, a paragraph per blank-line-separated
 * block, line breaks kept, URLs made into links. */
export function textToHtml(text: string, language: string = 'fr'): string {
  const paragraphs = tidy(text)
    .split(/\n{2,}/)
    .filter((block) => block.length > 0)
    .map((block) => `<p>${block.split('\n').map(lineToHtml).join('<br>\n')}</p>`);
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1f2328;">',
    ...paragraphs,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
