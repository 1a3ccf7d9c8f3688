// The activity as an XLSX workbook (write-excel-file): one sheet per table, the header in bold,
// numbers as numbers, the share columns as percentages.
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { AppContext } from '../../context.ts';
import type { Actor } from '../../auth/actor.ts';
import { activityFigures, type ActivityQuery } from './activity-figures.ts';
import { activityTables } from './activity-tables.ts';
import { userLanguage } from '../../auth/user-language.ts';

export async function activityXlsx(ctx: AppContext, actor: Actor, q: ActivityQuery): Promise<Buffer> {
  const [figures, language] = await Promise.all([activityFigures(ctx, actor, q), userLanguage(ctx, actor)]);
  const sheets = activityTables(figures, language).map((t) => {
    const data: SheetData = [
      t.header.map((h) => ({ value: h, fontWeight: 'bold' as const })),
      ...t.rows.map((r) => r.map((v) => (v === null ? null : { value: v }))),
    ];
    return { data, sheet: t.name, columns: t.header.map((_, i) => ({ width: i === 0 ? 44 : 24 })), stickyRowsCount: 1 };
  });
  return writeXlsxFile(sheets).toBuffer();
}
