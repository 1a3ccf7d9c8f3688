// PDF documents, written with pdfkit (pure JavaScript). The ticket summary is laid out on A4 with
// the standard Helvetica fonts: nothing to embed, and their WinAnsi encoding covers French (é è à
// ç ô œ Œ €, « », ’, …). Characters outside it are brought to their closest Latin form (accents
// dropped) or "?", never written as bytes the font would misread.
import PDFDocument from 'pdfkit';
import type { Language } from '../domain/master-data.ts';
import type { TicketSummary } from '../tickets/ticket-summary.ts';

export interface PdfOptions {
  /** Compress the content streams (default true; tests read them uncompressed). */
  compress?: boolean;
  /** In a closing dossier: the manifest's SHA-256 and the signing key's fingerprint, printed in
   * the last section (docs/dossier.md). */
  dossier?: { manifestSha256: string; keyFingerprint: string };
}

// Unicode code points that WinAnsi (Windows-1252) holds at 0x80–0x9F.
const WIN_ANSI_EXTRA = new Set([0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178]);

const NEAR: Record<string, string> = {
  '\u202f': '\u00a0', '\u2009': ' ', '\u2007': ' ', '\u2002': ' ', '\u2003': ' ', '\u2010': '-', '\u2011': '-', '\u2212': '-',
  'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'ı': 'i', 'Ħ': 'H', 'ħ': 'h', '\u2032': "'", '\u2033': '"', '\u00ad': '',
};

function encodable(code: number): boolean {
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(code);
}

/** Text the standard fonts can show: tabs become spaces, other control characters go, characters
 * outside WinAnsi lose their accents or become "?". */
export function winAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const code = char.codePointAt(0)!;
    if (encodable(code)) {
      out += char;
      continue;
    }
    if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    if (NEAR[char] !== undefined) {
      out += NEAR[char];
      continue;
    }
    const stripped = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    out += stripped && [...stripped].every((c) => encodable(c.codePointAt(0)!)) ? stripped : '?';
  }
  return out;
}

const WORDS = {
  fr: {
    title: (n: number) => `Compte rendu du ticket n°${n}`,
    opened: 'Ouvert le',
    closed: 'Fermé le',
    stillOpen: 'Ticket en cours',
    requestedBy: 'Demandé par',
    createdBy: 'Créé par',
    source: 'Source',
    property: 'Immeuble',
    address: 'Adresse',
    unit: 'Lot',
    description: 'Descriptif',
    amount: "Montant de l'intervention",
    noAmount: 'Non renseigné',
    contractors: 'Intervenants',
    noContractor: 'Aucun intervenant',
    interventionDate: "Date d'intervention",
    history: 'Détail du ticket',
    dossier: 'Dossier de clôture',
    manifestHash: 'Empreinte du dossier (SHA-256) :',
    keyFingerprint: 'Clé de signature du serveur (empreinte SHA-256) :',
    dossierHelp: 'Le fichier manifest.json de ce dossier liste chaque document avec son empreinte ; signature.json le signe. Vérification : npx gardien verify, ou la page « Vérifier un dossier ».',
    footer: (n: number, at: string, page: number, pages: number) => `Ticket n°${n} · édité le ${at} · page ${page}/${pages}`,
  },
  en: {
    title: (n: number) => `Ticket ${n} summary`,
    opened: 'Opened',
    closed: 'Closed',
    stillOpen: 'Still open',
    requestedBy: 'Requested by',
    createdBy: 'Created by',
    source: 'Source',
    property: 'Property',
    address: 'Address',
    unit: 'Unit',
    description: 'Description',
    amount: 'Amount',
    noAmount: 'Not entered',
    contractors: 'Contractors',
    noContractor: 'No contractor',
    interventionDate: 'Intervention date',
    history: 'What happened',
    dossier: 'Closing dossier',
    manifestHash: 'Dossier fingerprint (SHA-256):',
    keyFingerprint: "Server's signing key (SHA-256 fingerprint):",
    dossierHelp: "This dossier's manifest.json lists every document with its fingerprint; signature.json signs it. To check: npx gardien verify, or the page \"Verify a dossier\".",
    footer: (n: number, at: string, page: number, pages: number) => `Ticket ${n} · printed ${at} · page ${page}/${pages}`,
  },
} as const;

/** The bytes of a pdfkit document once it ends. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

const GREY = '#555555';
const RULE = '#cccccc';
const MARGIN = 56;

/** The page's writing area: its left edge and width, its bottom, and `ensure` (a new page
 * when `height` no longer fits). */
export function pageFrame(doc: PDFKit.PDFDocument) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const ensure = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  return { left, width, bottom, ensure };
}

/** A section's title in bold with a rule under it, across the page's width. */
export function sectionHeading(doc: PDFKit.PDFDocument, text: string): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc.moveDown(0.8);
  doc.font('Helvetica-Bold').fontSize(12).fillColor('black').text(winAnsi(text), left, doc.y, { width });
  const y = doc.y + 2;
  doc.moveTo(left, y).lineTo(left + width, y).lineWidth(0.5).strokeColor(RULE).stroke();
  doc.y = y + 6;
  doc.fontSize(10);
}

/** A grey centred line at the foot of every page of a document made with `bufferPages`. */
export function pageFooters(doc: PDFKit.PDFDocument, line: (page: number, pages: number) => string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const left = doc.page.margins.left;
    const width = doc.page.width - left - doc.page.margins.right;
    const keep = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(GREY).text(winAnsi(line(i - range.start + 1, range.count)), left, doc.page.height - MARGIN / 2 - 8, { width, align: 'center', lineBreak: false });
    doc.page.margins.bottom = keep;
  }
}

/** The ticket summary as a PDF: facts, description, amount, contractors, then the dated history. */
export function renderTicketSummary(summary: TicketSummary, language: Language, options: PdfOptions = {}): Promise<Buffer> {
  const w = WORDS[language];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    compress: options.compress ?? true,
    bufferPages: true,
    lang: language === 'fr' ? 'fr-FR' : 'en-GB',
    displayTitle: true,
    info: {
      Title: winAnsi(w.title(summary.number)),
      Author: winAnsi(summary.agency),
      Subject: winAnsi(summary.subject),
      Creator: 'Gardien',
      Producer: 'Gardien',
      CreationDate: summary.generatedAtDate,
    },
  });
  const done = pdfBytes(doc);
  const { left, width, bottom, ensure } = pageFrame(doc);

  /** Two columns: a label (grey) and its value; both wrap, the row moves to the next page whole. */
  const row = (label: string, value: string, labelWidth = 150, bold = false) => {
    const valueWidth = width - labelWidth;
    const l = winAnsi(label);
    const v = winAnsi(value);
    doc.font('Helvetica').fontSize(10);
    const lh = doc.heightOfString(l, { width: labelWidth - 8 });
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const vh = doc.heightOfString(v, { width: valueWidth });
    const height = Math.max(lh, vh);
    if (height < bottom() - doc.page.margins.top) ensure(height);
    const y = doc.y;
    doc.font('Helvetica').fillColor(GREY).text(l, left, y, { width: labelWidth - 8 });
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fillColor('black').text(v, left + labelWidth, y, { width: valueWidth });
    doc.x = left;
    doc.y = Math.max(doc.y, y + height) + 3;
  };

  const heading = (text: string) => {
    ensure(40);
    sectionHeading(doc, text);
  };

  // Title block.
  doc.font('Helvetica').fontSize(9).fillColor(GREY).text(winAnsi(summary.agency), left, doc.y, { width });
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(winAnsi(w.title(summary.number)), { width });
  doc.font('Helvetica').fontSize(10).fillColor(GREY).text(winAnsi(`${summary.typeLabel} · ${summary.statusLabel}`), { width });
  doc.moveDown(0.8);

  // Facts.
  doc.fontSize(10);
  row(w.opened, summary.openedAt);
  row(w.closed, summary.closedAt ?? w.stillOpen);
  row(w.requestedBy, summary.requestedBy ?? '—');
  row(w.createdBy, summary.createdBy);
  row(w.source, summary.source);
  row(w.property, summary.place.property);
  if (summary.place.address) row(w.address, summary.place.address);
  if (summary.place.unit) row(w.unit, summary.place.unit);

  // Subject and description.
  doc.moveDown(0.8);
  ensure(30);
  doc.font('Helvetica-Bold').fontSize(13).fillColor('black').text(winAnsi(summary.subject), left, doc.y, { width });
  if (summary.description.trim()) {
    doc.moveDown(0.4);
    doc.font('Helvetica').fontSize(9).fillColor(GREY).text(winAnsi(w.description), { width });
    doc.font('Helvetica').fontSize(10).fillColor('black').text(winAnsi(summary.description.trim()), { width });
  }
  doc.moveDown(0.8);
  row(w.amount, summary.amount ?? w.noAmount, 150, summary.amount !== null);

  // Contractors.
  heading(w.contractors);
  if (summary.contractors.length === 0) doc.font('Helvetica').fontSize(10).fillColor(GREY).text(winAnsi(w.noContractor), left, doc.y, { width });
  for (const contractor of summary.contractors) {
    const date = contractor.interventionAt ? `${w.interventionDate}${language === 'fr' ? ' : ' : ': '}${contractor.interventionAt}` : '';
    const detail = [contractor.state, date].filter(Boolean).join(' · ');
    row(contractor.name, detail, 190);
  }

  // History, oldest first.
  heading(w.history);
  for (const line of summary.history) row(line.at, line.text, 130);

  // The dossier's proof: the manifest's hash on a line of its own (64 hex digits in Courier fit).
  if (options.dossier) {
    heading(w.dossier);
    const proof = (label: string, value: string) => {
      ensure(30);
      doc.font('Helvetica').fontSize(9).fillColor(GREY).text(winAnsi(label), left, doc.y, { width });
      doc.font('Courier').fontSize(9).fillColor('black').text(value, left, doc.y, { width });
      doc.moveDown(0.4);
    };
    proof(w.manifestHash, options.dossier.manifestSha256);
    proof(w.keyFingerprint, options.dossier.keyFingerprint);
    doc.font('Helvetica').fontSize(8).fillColor(GREY).text(winAnsi(w.dossierHelp), left, doc.y, { width });
  }

  // Footer on every page.
  pageFooters(doc, (page, pages) => w.footer(summary.number, summary.generatedAt, page, pages));
  doc.end();
  return done;
}
