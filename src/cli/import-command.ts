// `gardien import <kind> <file.csv>`: loads master data from the agency's accounting exports.
// It checks the whole file first and writes nothing unless every row is right; --dry-run stops
// after the report of what would change.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { DomainError } from '../domain/errors.ts';
import { IMPORT_KINDS, importKindNamed } from '../importing/kinds/index.ts';
import { TRADES } from '../domain/master-data.ts';
import { planImport, type Progress } from '../importing/plan-import.ts';
import { applyImport } from '../importing/apply-import.ts';
import { formatErrors, formatReport } from '../importing/report.ts';
import type { ImportError } from '../importing/import-kind.ts';
import { withRuntime } from './with-runtime.ts';
import { resolveOrganization } from './organization.ts';
import { CliError } from './cli-error.ts';
import { TRADE_LABELS } from '../domain/trade-labels.ts';

const KIND_NAMES = IMPORT_KINDS.map((kind) => kind.name).join(', ');

/** The columns of every kind, for --help (docs/import.md says the same at more length). */
export function columnsHelp(): string {
  const lines = ['', 'Kinds and their columns (* = required column; header names are case-insensitive):'];
  for (const kind of IMPORT_KINDS) {
    lines.push('', `  ${kind.name}`);
    for (const column of kind.columns) lines.push(`    ${`${column.name}${column.required ? '*' : ''}`.padEnd(20)}${column.help}`);
  }
  lines.push(
    '',
    `Trades, by code or by label in French or English (any case or accents): ${TRADES.map((code) => `${code} (${TRADE_LABELS[code].fr} / ${TRADE_LABELS[code].en})`).join(', ')}.`,
    '',
    'The file is UTF-8 (a BOM is fine), with a header row; cells are separated by "," or ";" (detected',
    'from the header). Lists inside a cell are separated by "|" (a@x.fr|b@x.fr). An empty cell is "not',
    'given": it never clears a stored value. Rows are matched to stored records by their key columns.',
    'Passwords are never imported: new users are created without one and cannot sign in until an',
    'administrator sets it.',
    '',
    'Nothing is written unless every row is right; each error names its line (header = 1) and column.',
  );
  return lines.join('\n');
}

// A bar on stderr, so that stdout keeps only the report (and can be piped to a file).
function terminalProgress(): Progress {
  let bar: SingleBar | undefined;
  return {
    start(total, label) {
      bar = new SingleBar(
        { format: `${label.padEnd(8)} [{bar}] {value}/{total} rows`, stream: process.stderr, clearOnComplete: true, hideCursor: true },
        Presets.shades_classic,
      );
      bar.start(total, 0);
    },
    tick: () => bar?.increment(),
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}

function readFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `${file}: no such file.` : `${file} cannot be read: ${(error as Error).message}`);
  }
}

function failed(errors: ImportError[]): never {
  console.log(formatErrors(errors));
  throw new CliError('Nothing was imported: fix the errors above and run the import again.');
}

/** Adds the `import` command. */
export function importCommand(program: Command) {
  program
    .command('import')
    .description('import master data from a CSV file: checks every row, then writes all of it or nothing')
    .argument('<kind>', `what the file holds: ${KIND_NAMES}`)
    .argument('<file>', 'the CSV file (UTF-8, header row first)')
    .option('--dry-run', 'check the file and report what would change, writing nothing')
    .option('--org <slug>', 'organization slug (default: the only one)')
    .option('--lang <language>', "language of the errors' sentences: en (default) or fr")
    .addHelpText('after', columnsHelp())
    .action(async (kindName: string, file: string, options: { dryRun?: boolean; org?: string; lang?: string }) => {
      const kind = importKindNamed(kindName);
      if (!kind) throw new CliError(`There is no import of "${kindName}"; the kinds are ${KIND_NAMES}.`);
      const language = options.lang ?? 'en';
      if (language !== 'en' && language !== 'fr') throw new CliError(`--lang is en or fr, not "${language}".`);
      const content = readFile(file);
      const dryRun = options.dryRun === true;
      await withRuntime(async ({ ctx }) => {
        const org = await resolveOrganization(ctx.db, options.org);
        const progress = process.stderr.isTTY ? terminalProgress() : undefined;
        const plan = await planImport(ctx, org.id, kind, content, progress, language);
        if (plan.errors.length > 0) failed(plan.errors);
        if (!dryRun) {
          try {
            await applyImport(ctx, org.id, plan, progress);
          } catch (error) {
            if (error instanceof DomainError && error.code === 'import_invalid') failed((error.details as { errors: ImportError[] }).errors);
            throw error;
          }
        }
        console.log(formatReport(plan, { dryRun, target: `${org.name} (${org.slug})` }));
      });
    });
}
