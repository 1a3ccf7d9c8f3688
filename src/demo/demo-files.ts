// The demo's made-up documents: a small photo-like PNG (a wall with a damp stain, drawn pixel by
// pixel, src/channels/png.ts) and one-page PDFs (quote, invoice, intervention report) written
// with pdfkit. Small on purpose: the demo loads on every fresh start.
import PDFDocument from 'pdfkit';
import { encodeRgbPng } from '../channels/png.ts';
import type { DemoFile } from './demo-ticket-types.ts';

/** A 240×180 RGB picture: a plaster wall in soft light with a brownish stain, a little grain. */
export function demoPhoto(seed: number): Buffer {
  const width = 240;
  const height = 180;
  const rows: Buffer[] = [];
  let noise = seed * 2654435761 >>> 0;
  const cx = 80 + (seed % 5) * 20;
  const cy = 60 + (seed % 3) * 20;
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      noise = (noise * 1103515245 + 12345) >>> 0;
      const grain = ((noise >>> 24) % 9) - 4;
      const light = 1 - (x + y) / (width + height) * 0.25;
      const d = Math.hypot((x - cx) * 0.9, y - cy) / 48;
      const stain = Math.max(0, 1 - d * d) * 0.55;
      const r = 226 * light - stain * 90 + grain;
      const g = 219 * light - stain * 110 + grain;
      const b = 205 * light - stain * 140 + grain;
      row.set([r, g, b].map((v) => Math.max(0, Math.min(255, Math.round(v)))), 1 + x * 3);
    }
    rows.push(row);
  }
  return encodeRgbPng(width, height, rows);
}

export interface DemoDocument {
  kind: Exclude<DemoFile, 'photo'>;
  contractor: string;
  subject: string;
  ticketNumber: number;
  date: Date;
  amountCents?: number;
}

const TITLES = { quote: 'DEVIS', invoice: 'FACTURE', report: "RAPPORT D'INTERVENTION" };

function euros(cents: number): string {
  return `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(cents / 100)} EUR`;
}

/** A one-page PDF in the contractor's name: a quote or an invoice with its lines, or a report. */
export function demoPdf(document: DemoDocument): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `${TITLES[document.kind]} – ${document.subject}`, Author: document.contractor } });
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(document.date);
  pdf.font('Helvetica-Bold').fontSize(16).text(document.contractor);
  pdf.font('Helvetica').fontSize(9).fillColor('#555').text('Document de démonstration – Agence Démo Gardien').moveDown(2);
  pdf.fillColor('#000').font('Helvetica-Bold').fontSize(20).text(TITLES[document.kind]);
  pdf.font('Helvetica').fontSize(11).text(`Le ${day}`).text(`Réf. ticket n°${document.ticketNumber}`).moveDown();
  pdf.font('Helvetica-Bold').text('Objet : ', { continued: true }).font('Helvetica').text(document.subject).moveDown();
  if (document.amountCents !== undefined) {
    const total = document.amountCents;
    const labour = Math.round(total * 0.45);
    const lines: [string, number][] = [['Fournitures et matériel', total - labour - Math.round(total / 6)], ["Main-d'œuvre", labour], ['TVA', Math.round(total / 6)]];
    for (const [label, cents] of lines) pdf.text(label, { continued: true }).text(euros(cents), { align: 'right' });
    pdf.moveDown(0.5).font('Helvetica-Bold').text('Total TTC', { continued: true }).text(euros(total), { align: 'right' });
    pdf.font('Helvetica').moveDown(2).text(document.kind === 'quote' ? 'Bon pour accord, date et signature :' : 'Paiement à 30 jours par virement.');
  } else {
    pdf.text("Intervention réalisée conformément à l'ordre de service. Installation contrôlée et remise en service.");
  }
  pdf.end();
  return done;
}
