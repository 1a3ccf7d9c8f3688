// The export for accounting software (the seed's LSC): one line per closed ticket of the period,
// with its amount and each contractor's invoices. UTF-8 with a byte order mark, `;` separated,
// amounts with a decimal point and two decimals (no thousands separator), dates ISO (YYYY-MM-DD,
// the agency's calendar day): what accounting imports read whatever their locale (docs/reports.md).
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { DomainError } from '../domain/errors.ts';
import { calendarDay } from '../domain/time-zone.ts';
import { findOrganization } from '../db/repositories/users.ts';
import { userLanguage } from '../auth/user-language.ts';
import { propertiesRepository } from '../db/repositories/master-data.ts';
import { accountingRows } from '../db/repositories/accounting-export.ts';
import { csvCell } from '../domain/csv-cell.ts';
import { csvFile, csvRow } from '../channels/csv.ts';
import { checkPeriod, periodInstants, type Period } from './report-period.ts';
import { mayReportOn, reportablePropertyIds } from './report-access.ts';

const HEADERS = {
  fr: ['Numéro', 'Date de clôture', 'Réf. immeuble', 'Immeuble', 'Lot', 'Objet', 'Catégorie', 'Intervenants', 'Montant', 'Factures par intervenant'],
  en: ['Number', 'Closed on', 'Property ref.', 'Property', 'Unit', 'Subject', 'Category', 'Contractors', 'Amount', 'Invoices per contractor'],
};

/** Cents as "1253.64": a decimal point, two decimals, no grouping. */
export function decimalAmount(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export async function accountingCsv(ctx: AppContext, actor: Actor, query: Period & { propertyId?: string }): Promise<string> {
  checkPeriod(query);
  const [organization, language, allowed] = await Promise.all([
    findOrganization(ctx.db, actor.organizationId), userLanguage(ctx, actor), reportablePropertyIds(ctx, actor),
  ]);
  if (query.propertyId) {
    const property = await propertiesRepository.get(ctx.db, actor.organizationId, query.propertyId);
    if (!property || !mayReportOn(allowed, property.id)) throw new DomainError('unknown_property', 'This property is not one of the agency\u2019s.');
  }
  const timeZone = organization!.timezone;
  const { start, end } = periodInstants(query, timeZone);
  const rows = await accountingRows(ctx.db, { organizationId: actor.organizationId, start, end, propertyId: query.propertyId, propertyIds: allowed });
  const lines = [csvRow(HEADERS[language])];
  for (const r of rows) {
    lines.push([
      csvCell(String(r.number)), csvCell(calendarDay(r.closedAt, timeZone)), csvCell(r.propertyRef ?? ''), csvCell(r.propertyName), csvCell(r.unitReference ?? ''),
      csvCell(r.subject), csvCell(r.categoryName ?? ''), csvCell(r.contractors.join(', ')),
      r.amountCents === null ? '' : decimalAmount(r.amountCents),
      csvCell(r.invoices.map((i) => `${i.name}: ${decimalAmount(i.amountCents)}`).join(' | ')),
    ].join(';'));
  }
  return csvFile(lines);
}
