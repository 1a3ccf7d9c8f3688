// A report per building as a PDF for the owners' council (pdfkit, A4, the standard Helvetica
// fonts as in pdf.ts): the agency, the place and its address, the period, who made it and when,
// then a table per figure and bar charts drawn with pdfkit for the contractors; "Page 1 / N" on
// every page. In the report's language (its author's).
import PDFDocument from 'pdfkit';
import type { Language } from '../domain/master-data.ts';
import type { BuildingReportResult } from '../domain/reports/building-report-rules.ts';
import { formatDateTime, formatMoney, localeOf } from './locale-format.ts';
import { pageFooters, pageFrame, pdfBytes, sectionHeading, winAnsi, type PdfOptions } from './pdf.ts';

export interface ReportDocument {
  agency: string;
  timeZone: string;
  propertyName: string;
  propertyAddress: string;
  unitReference: string | null;
  periodFrom: string;
  periodTo: string;
  createdAt: Date;
  createdByName: string | null;
  result: BuildingReportResult;
}

const WORDS = {
  fr: {
    title: 'Rapport d\u2019activité de l\u2019immeuble',
    property: 'Immeuble', address: 'Adresse', unit: 'Lot', period: 'Période', made: 'Établi le',
    period_: (from: string, to: string) => `du ${from} au ${to}`,
    by: (at: string, who: string | null) => (who ? `${at} par ${who}` : at),
    ticketCount: 'Nombre de tickets clos', closed: 'Tickets clos', leftOutPending: 'Demandes refusées avant validation (non comptées)',
    leftOutDuplicates: 'Doublons rattachés à un incident (non comptés)',
    totalAmount: 'Montant total', amount: 'Montant (factures, à défaut devis acceptés)', pricedTickets: 'Tickets avec un montant',
    interventionsPerContractor: 'Interventions par intervenant', contractor: 'Intervenant', interventions: 'Interventions', total: 'Total',
    interventionDuration: 'Durée des interventions', measured: 'Interventions avec RDV et fin connus', mean: 'Durée moyenne', totalDuration: 'Durée totale',
    durationNote: 'Du début du rendez-vous à la fin d\u2019intervention déclarée.',
    amountPerContractor: 'Montant par intervenant', dispatches: 'Interventions chiffrées', amountColumn: 'Montant',
    none: 'Aucune donnée sur la période.',
    footer: (page: number, pages: number) => `Page ${page} / ${pages}`,
  },
  en: {
    title: 'Building activity report',
    property: 'Property', address: 'Address', unit: 'Unit', period: 'Period', made: 'Made',
    period_: (from: string, to: string) => `from ${from} to ${to}`,
    by: (at: string, who: string | null) => (who ? `${at} by ${who}` : at),
    ticketCount: 'Closed tickets', closed: 'Tickets closed', leftOutPending: 'Requests refused before validation (not counted)',
    leftOutDuplicates: 'Duplicates linked to an incident (not counted)',
    totalAmount: 'Total amount', amount: 'Amount (invoices, else accepted quotes)', pricedTickets: 'Tickets with an amount',
    interventionsPerContractor: 'Interventions per contractor', contractor: 'Contractor', interventions: 'Interventions', total: 'Total',
    interventionDuration: 'Duration of interventions', measured: 'Interventions with appointment and completion known', mean: 'Mean duration', totalDuration: 'Total duration',
    durationNote: 'From the start of the appointment to the completion entered.',
    amountPerContractor: 'Amount per contractor', dispatches: 'Priced interventions', amountColumn: 'Amount',
    none: 'No data over the period.',
    footer: (page: number, pages: number) => `Page ${page} / ${pages}`,
  },
} as const;

/** "12 h 05" / "12 h 05 min": hours and minutes of a duration in minutes. */
export function formatMinutes(minutes: number, language: Language): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (language === 'fr') return h ? `${h} h ${String(m).padStart(2, '0')}` : `${m} min`;
  return h ? `${h} h ${m} min` : `${m} min`;
}

/** A calendar day (YYYY-MM-DD) as "01/03/2026" or "1 Mar 2026". */
export function formatDay(day: string, language: Language): string {
  const at = new Date(`${day}T12:00:00Z`);
  return new Intl.DateTimeFormat(localeOf(language), language === 'fr' ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' } : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(at);
}

const GREY = '#555555';
const RULE = '#cccccc';
const BAR = '#2f6fb0';
const MARGIN = 56;

export function renderReportPdf(report: ReportDocument, language: Language, options: PdfOptions = {}): Promise<Buffer> {
  const w = WORDS[language];
  const r = report.result;
  const money = (cents: number) => formatMoney(cents, language, r.currency);
  const count = (n: number) => new Intl.NumberFormat(localeOf(language)).format(n);
  const doc = new PDFDocument({
    size: 'A4', margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, compress: options.compress ?? true, bufferPages: true,
    lang: language === 'fr' ? 'fr-FR' : 'en-GB', displayTitle: true,
    info: { Title: winAnsi(`${w.title} – ${report.propertyName}`), Author: winAnsi(report.agency), Creator: 'Gardien', Producer: 'Gardien', CreationDate: report.createdAt },
  });
  const done = pdfBytes(doc);
  const { left, width, ensure } = pageFrame(doc);

  /** A table row: cells laid out over column widths (fractions), right-aligned after the first. */
  const tableRow = (cells: string[], fractions: number[], bold = false) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).fillColor('black');
    const widths = fractions.map((f) => f * width);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(winAnsi(c), { width: widths[i]! - 6 })));
    ensure(height + 4);
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(winAnsi(cell), x, y, { width: widths[i]! - 6, align: i === 0 ? 'left' : 'right' });
      x += widths[i]!;
    });
    doc.x = left;
    doc.y = y + height + 3;
    doc.moveTo(left, doc.y - 1).lineTo(left + width, doc.y - 1).lineWidth(0.3).strokeColor(RULE).stroke();
    doc.y += 2;
  };
  const pairs = (rows: [string, string][]) => rows.forEach(([label, value]) => tableRow([label, value], [0.7, 0.3]));

  const heading = (text: string) => {
    ensure(60);
    sectionHeading(doc, text);
  };

  /** Horizontal bars, one per contractor, labelled with the name and the value. */
  const barChart = (bars: { label: string; value: number; text: string }[]) => {
    const max = Math.max(...bars.map((b) => b.value), 1);
    const labelWidth = width * 0.32;
    const valueWidth = width * 0.18;
    const barRoom = width - labelWidth - valueWidth;
    doc.moveDown(0.4);
    for (const bar of bars) {
      ensure(18);
      const y = doc.y;
      doc.font('Helvetica').fontSize(9).fillColor('black').text(winAnsi(bar.label), left, y + 2, { width: labelWidth - 6, lineBreak: false, ellipsis: true });
      doc.rect(left + labelWidth, y, Math.max(1, (bar.value / max) * barRoom), 12).fillColor(BAR).fill();
      doc.fillColor('black').text(winAnsi(bar.text), left + labelWidth + barRoom, y + 2, { width: valueWidth, align: 'right', lineBreak: false });
      doc.x = left;
      doc.y = y + 17;
    }
  };

  // Title block.
  doc.font('Helvetica').fontSize(9).fillColor(GREY).text(winAnsi(report.agency), left, doc.y, { width });
  doc.moveDown(0.3);
  doc.font('Helvetica-Bold').fontSize(18).fillColor('black').text(winAnsi(w.title), { width });
  doc.font('Helvetica-Bold').fontSize(13).text(winAnsi(report.unitReference ? `${report.propertyName} – ${w.unit} ${report.unitReference}` : report.propertyName), { width });
  doc.moveDown(0.6);
  const facts: [string, string][] = [
    [w.property, report.propertyName],
    [w.address, report.propertyAddress],
    ...(report.unitReference ? [[w.unit, report.unitReference] as [string, string]] : []),
    [w.period, w.period_(formatDay(report.periodFrom, language), formatDay(report.periodTo, language))],
    [w.made, w.by(formatDateTime(report.createdAt, language, report.timeZone), report.createdByName)],
  ];
  for (const [label, value] of facts) {
    const y = doc.y;
    doc.font('Helvetica').fontSize(10).fillColor(GREY).text(winAnsi(label), left, y, { width: 110 });
    doc.fillColor('black').text(winAnsi(value), left + 110, y, { width: width - 110 });
    doc.x = left;
    doc.y = Math.max(doc.y, y + 12) + 2;
  }

  if (r.ticketCount) {
    heading(w.ticketCount);
    pairs([[w.closed, count(r.ticketCount.closed)], [w.leftOutPending, count(r.ticketCount.leftOutPending)], [w.leftOutDuplicates, count(r.ticketCount.leftOutDuplicates)]]);
  }
  if (r.totalAmount) {
    heading(w.totalAmount);
    pairs([[w.amount, money(r.totalAmount.amountCents)], [w.pricedTickets, count(r.totalAmount.pricedTickets)]]);
  }
  if (r.interventionsPerContractor) {
    heading(w.interventionsPerContractor);
    const rows = r.interventionsPerContractor.rows;
    if (rows.length === 0) doc.font('Helvetica').fontSize(10).fillColor(GREY).text(winAnsi(w.none), left, doc.y, { width });
    else {
      tableRow([w.contractor, w.interventions], [0.7, 0.3], true);
      for (const row of rows) tableRow([row.name, count(row.interventions)], [0.7, 0.3]);
      tableRow([w.total, count(r.interventionsPerContractor.total)], [0.7, 0.3], true);
      barChart(rows.map((row) => ({ label: row.name, value: row.interventions, text: count(row.interventions) })));
    }
  }
  if (r.interventionDuration) {
    heading(w.interventionDuration);
    const d = r.interventionDuration;
    pairs([
      [w.interventions, count(d.interventions)], [w.measured, count(d.measured)],
      [w.mean, d.meanMinutes === null ? '—' : formatMinutes(d.meanMinutes, language)], [w.totalDuration, formatMinutes(d.totalMinutes, language)],
    ]);
    doc.font('Helvetica').fontSize(8).fillColor(GREY).text(winAnsi(w.durationNote), left, doc.y, { width });
  }
  if (r.amountPerContractor) {
    heading(w.amountPerContractor);
    const rows = r.amountPerContractor.rows;
    if (rows.length === 0) doc.font('Helvetica').fontSize(10).fillColor(GREY).text(winAnsi(w.none), left, doc.y, { width });
    else {
      tableRow([w.contractor, w.dispatches, w.amountColumn], [0.5, 0.22, 0.28], true);
      for (const row of rows) tableRow([row.name, count(row.dispatches), money(row.amountCents)], [0.5, 0.22, 0.28]);
      tableRow([w.total, '', money(r.amountPerContractor.totalCents)], [0.5, 0.22, 0.28], true);
      barChart(rows.map((row) => ({ label: row.name, value: row.amountCents, text: money(row.amountCents) })));
    }
  }

  pageFooters(doc, (page, pages) => `${report.agency} · ${report.propertyName} · ${w.footer(page, pages)}`);
  doc.end();
  return done;
}
