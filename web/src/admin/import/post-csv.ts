// Posting a CSV file to the import route: the file's bytes as they are (text/csv), so that the
// server can refuse a file that is not UTF-8. api.ts sends JSON or forms only, hence this call;
// its failures are the same ApiError.
import { ApiError } from '../../api.ts';
import { currentLanguage } from '../../i18n/index.ts';
import type { ImportReportAnswer as ImportReport } from '../../../../src/http/answers.ts';

/** The largest file the server accepts (src/http/routes/imports.ts). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Sends `file` for `kind`; a dry run writes nothing. Resolves to the report, or throws ApiError
 * (422 import_invalid carries `details.errors` with every bad line, said in the interface's language). */
export async function postCsv(kind: string, file: Blob, dryRun: boolean): Promise<ImportReport> {
  let response: Response;
  try {
    response = await fetch(`/api/v1/imports/${encodeURIComponent(kind)}?dryRun=${dryRun}&lang=${currentLanguage()}`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv', Accept: 'application/json' },
      credentials: 'same-origin',
      body: file,
    });
  } catch (cause) {
    throw new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
  }
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    payload = undefined;
  }
  if (!response.ok) {
    const error = (payload as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)?.error;
    throw new ApiError(
      response.status,
      typeof error?.code === 'string' ? error.code : `http_${response.status}`,
      typeof error?.message === 'string' ? error.message : response.statusText,
      error?.details,
    );
  }
  return payload as ImportReport;
}

/** The line-numbered errors of an import_invalid refusal, else none. */
export function importErrorsOf(error: unknown): { line: number; field: string | null; message: string }[] {
  if (!(error instanceof ApiError) || error.code !== 'import_invalid') return [];
  const details = error.details as { errors?: unknown } | undefined;
  return Array.isArray(details?.errors) ? (details.errors as { line: number; field: string | null; message: string }[]) : [];
}
