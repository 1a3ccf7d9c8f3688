// Writes a checked plan, all of it or nothing: one transaction, through the same repositories
// and use cases as the API, so an import leaves the data exactly as the API would.
import type { AppContext } from '../context.ts';
import { DomainError } from '../domain/errors.ts';
import type { ImportPlan, Progress } from './plan-import.ts';
import { PHRASES } from './import-phrases.ts';
import { inviteImportedPersons } from '../portal/invite-imported.ts';

/** A failure the plan could not foresee (someone changed the data meanwhile), named by its line. */
function failedAt(plan: ImportPlan, line: number, error: DomainError): DomainError {
  const apiField = (error.details as { field?: string } | undefined)?.field;
  const field = plan.kind.columns.find((c) => c.field === apiField)?.name ?? null;
  const said = PHRASES.notWritten(error.message)[plan.language];
  const first = { line, field, message: said };
  return new DomainError('import_invalid', PHRASES.refused(1, first)[plan.language], { errors: [first] });
}

/** Applies every create and update of an error-free plan in one transaction. */
export async function applyImport(ctx: AppContext, organizationId: string, plan: ImportPlan, progress?: Progress): Promise<void> {
  if (plan.errors.length > 0) throw new Error('An import plan with errors cannot be applied.');
  const writes = plan.rows.filter((row) => row.write);
  if (writes.length === 0) return;
  progress?.start(writes.length, 'Writing');
  try {
    await ctx.db.transaction(async (tx) => {
      const txCtx: AppContext = { ...ctx, db: tx };
      const personIds = new Set<string>();
      for (const row of writes) {
        try {
          const personId = await plan.kind.write(txCtx, organizationId, row.write!);
          if (personId) personIds.add(personId);
        } catch (error) {
          throw error instanceof DomainError ? failedAt(plan, row.line, error) : error;
        }
        progress?.tick();
      }
      // With inviteOnImport, the new residents with an email and a place today are invited in the same transaction.
      if (personIds.size > 0) await inviteImportedPersons(txCtx, organizationId, [...personIds]);
    });
  } finally {
    progress?.stop();
  }
}
