// The text a person reads after an import or a dry run: counts, then one line per record that is
// (or would be) created or changed, each change as `field: "old" → "new"`; or the errors.
import type { ImportError } from './import-kind.ts';
import type { Change, ImportPlan } from './plan-import.ts';

/** How many rows are created, updated and unchanged. */
export function countRows(plan: ImportPlan) {
  const count = (action: string) => plan.rows.filter((row) => row.action === action).length;
  return { created: count('create'), updated: count('update'), unchanged: count('unchanged') };
}

const quoted = (value: string | null) => (value === null ? '(empty)' : JSON.stringify(value));

/** One change as `name: "old" → "new"`. */
export function describeChange(change: Change): string {
  return `${change.field}: ${quoted(change.from)} \u2192 ${quoted(change.to)}`;
}

/** The report of a plan, applied or dry-run; `target` names the agency. */
export function formatReport(plan: ImportPlan, options: { dryRun: boolean; target: string }): string {
  const { created, updated, unchanged } = countRows(plan);
  const { dryRun, target } = options;
  const lines = dryRun
    ? [
        `Dry run of a ${plan.kind.name} import into ${target}: nothing was written.`,
        `${created} to create, ${updated} to update, ${unchanged} unchanged.`,
      ]
    : [`Imported ${plan.kind.name} into ${target}.`, `${created} created, ${updated} updated, ${unchanged} unchanged.`];
  for (const row of plan.rows) {
    if (row.action === 'unchanged') continue;
    const verb = dryRun ? row.action : `${row.action}d`;
    const changes = row.changes.length > 0 ? `: ${row.changes.map(describeChange).join('; ')}` : '';
    lines.push(`  line ${row.line}: ${verb} ${row.key}${changes}`);
  }
  return lines.join('\n');
}

/** One error as `line 4, emails: "x" must match format "email".` */
export function describeError(error: ImportError): string {
  return error.field === null ? `line ${error.line}: ${error.message}` : `line ${error.line}, ${error.field}: ${error.message}`;
}

/** The errors of a file, the first `limit` of them, then how many more. */
export function formatErrors(errors: ImportError[], limit = 100): string {
  const lines = [`${errors.length} error${errors.length === 1 ? '' : 's'} in the file; nothing was written.`];
  lines.push(...errors.slice(0, limit).map((error) => `  ${describeError(error)}`));
  if (errors.length > limit) lines.push(`  and ${errors.length - limit} more.`);
  return lines.join('\n');
}
