// The rows of the accounting export: the closed tickets of a period (those a report counts:
// no PENDING requests, no duplicates linked to an incident), oldest first, with their amounts
// and each contractor's invoices, gathered by PostgreSQL in one query.
import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';

export interface AccountingRow {
  number: number;
  closedAt: Date;
  propertyRef: string | null;
  propertyName: string;
  unitReference: string | null;
  subject: string;
  categoryName: string | null;
  contractors: string[];
  amountCents: number | null;
  invoices: { name: string; amountCents: number }[];
}

export async function accountingRows(db: Db, query: { organizationId: string; start: Date; end: Date; propertyId?: string; propertyIds?: readonly string[] }): Promise<AccountingRow[]> {
  const result = await db.execute(sql`
    select t.number, t.closed_at as "closedAt", p.external_ref as "propertyRef", p.name as "propertyName", u.reference as "unitReference",
      t.subject, c.name as "categoryName", t.amount_cents as "amountCents",
      coalesce((select array_agg(distinct coalesce(k.name, d.contractor_name) order by coalesce(k.name, d.contractor_name))
        from dispatches d left join contractors k on k.id = d.contractor_id
        where d.ticket_id = t.id and d.state not in ('cancelled', 'not_retained')), '{}') as "contractors",
      coalesce((select json_agg(json_build_object('name', i.name, 'amountCents', i.cents) order by i.name)
        from (select coalesce(k.name, d.contractor_name) as name, sum(d.invoice_amount_cents) as cents
          from dispatches d left join contractors k on k.id = d.contractor_id
          where d.ticket_id = t.id and d.invoice_amount_cents is not null and d.state not in ('cancelled', 'not_retained')
          group by 1) i), '[]') as "invoices"
    from tickets t
      join properties p on p.id = t.property_id
      left join units u on u.id = t.unit_id
      left join categories c on c.id = t.category_id
    where t.organization_id = ${query.organizationId} and t.closed_at is not null
      and t.closed_at >= ${query.start.toISOString()}::timestamptz and t.closed_at < ${query.end.toISOString()}::timestamptz
      and t.type <> 'PENDING' and t.incident_id is null
      ${query.propertyId ? sql`and t.property_id = ${query.propertyId}` : sql``}
      ${query.propertyIds ? sql`and t.property_id in (select unnest(${`{${query.propertyIds.join(',')}}`}::uuid[]))` : sql``}
    order by t.closed_at, t.number`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as (Omit<AccountingRow, 'closedAt' | 'invoices'> & { closedAt: Date | string; invoices: unknown })[];
  return rows.map((r) => {
    const invoices = (typeof r.invoices === 'string' ? JSON.parse(r.invoices) : r.invoices) as { name: string; amountCents: number | string }[];
    return {
      ...r, closedAt: new Date(r.closedAt), amountCents: r.amountCents === null ? null : Number(r.amountCents),
      invoices: invoices.map((i) => ({ name: i.name, amountCents: Number(i.amountCents) })),
    };
  });
}
