// The activity as one CSV (UTF-8 with a BOM, `;` between cells): each table under its name, a
// blank line between tables; decimals written as the user's language writes them.
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { csvCell } from '../../domain/csv-cell.ts';
import { activityFigures, type ActivityQuery } from './activity-figures.ts';
import { activityTables, type TableCell } from './activity-tables.ts';
import { userLanguage } from './user-language.ts';

export async function activityCsv(ctx: AppContext, actor: Actor, q: ActivityQuery): Promise<string> {
  const [figures, language] = await Promise.all([activityFigures(ctx, actor, q), userLanguage(ctx, actor)]);
  const text = (v: TableCell) => (v === null ? '' : typeof v === 'number' ? (language === 'fr' ? String(v).replace('.', ',') : String(v)) : v);
  const blocks = activityTables(figures, language).map((t) => [t.name, t.header.map(csvCell).join(';'), ...t.rows.map((r) => r.map((v) => csvCell(text(v))).join(';'))].join('\r\n'));
  return `\ufeff${blocks.join('\r\n\r\n')}\r\n`;
}
