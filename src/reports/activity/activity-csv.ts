// The activity as one CSV (UTF-8 with a BOM, `;` between cells): each table under its name, a
// blank line between tables; decimals written as the user's language writes them.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { csvFile, csvRow } from '../../channels/csv.ts';
import { activityFigures, type ActivityQuery } from './activity-figures.ts';
import { activityTables, type TableCell } from './activity-tables.ts';
import { userLanguage } from '../../auth/user-language.ts';

export async function activityCsv(ctx: AppContext, actor: Actor, q: ActivityQuery): Promise<string> {
  const [figures, language] = await Promise.all([activityFigures(ctx, actor, q), userLanguage(ctx, actor)]);
  const text = (v: TableCell) => (v === null ? '' : typeof v === 'number' ? (language === 'fr' ? String(v).replace('.', ',') : String(v)) : v);
  // Each table under its name, a blank line between tables.
  return csvFile(activityTables(figures, language).flatMap((t, i) => [...(i > 0 ? [''] : []), t.name, csvRow(t.header), ...t.rows.map((r) => csvRow(r.map(text)))]));
}
