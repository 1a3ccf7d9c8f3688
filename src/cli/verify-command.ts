// `gardien verify dossier.zip`: tells whether a closing dossier is as this server made it. The zip
// is read first (exit 2 when it cannot be: missing, not a zip, unsafe entries), then the database
// is opened to know the server's keys (exit 2 when it cannot be); one line per finding, then a
// summary; exit 0 when intact, 1 otherwise.
import { access, constants } from 'node:fs/promises';
import type { Command } from 'commander';
import { DomainError } from '../domain/errors.ts';
import type { Language } from '../domain/master-data.ts';
import { readDossierZip } from '../dossier/read-dossier-zip.ts';
import { judgeDossier } from '../dossier/verify-dossier.ts';
import { isServerKey } from '../dossier/dossier-key.ts';
import { findingLine, verdictLine } from '../dossier/verdict-words.ts';
import { withRuntime } from './with-runtime.ts';
import { CliError } from './cli-error.ts';

const UNREADABLE: Record<Language, (file: string, why: string) => string> = {
  fr: (file, why) => `Impossible de lire ${file} : ${why}`,
  en: (file, why) => `Cannot read ${file}: ${why}`,
};

const NO_KEYS: Record<Language, (why: string) => string> = {
  fr: (why) => `Impossible de lire les clés du serveur : ${why}`,
  en: (why) => `Cannot read the server's keys: ${why}`,
};

/** Adds the `verify` command. */
export function verifyCommand(program: Command) {
  program
    .command('verify')
    .description("check a ticket's closing dossier (the documents zip): exit 0 when intact, 1 when not, 2 when it cannot be checked (file unreadable, database unavailable)")
    .argument('<zip>', 'the dossier, as downloaded (ticket-{number}-documents.zip)')
    .option('--lang <lang>', 'fr or en', 'fr')
    .action(async (file: string, options: { lang: string }) => {
      if (options.lang !== 'fr' && options.lang !== 'en') throw new CliError('--lang is fr or en.');
      const language: Language = options.lang;
      let read;
      try {
        await access(file, constants.R_OK);
        read = await readDossierZip(file);
      } catch (error) {
        const why = error instanceof DomainError ? error.message : error instanceof Error ? error.message : String(error);
        console.error(UNREADABLE[language](file, why));
        process.exitCode = 2;
        return;
      }
      let verdict;
      try {
        verdict = await withRuntime(({ ctx }) => judgeDossier(read, (fingerprint, publicKey) => isServerKey(ctx.db, fingerprint, publicKey)));
      } catch (error) {
        // The server's keys could not be read (the embedded data folder in use by a running
        // server, the database down): nothing was judged, so not a 1.
        console.error(NO_KEYS[language](error instanceof Error ? error.message : String(error)));
        process.exitCode = 2;
        return;
      }
      for (const finding of verdict.findings) console.log(findingLine(finding, language));
      console.log(verdictLine(verdict, language));
      process.exitCode = verdict.verdict === 'intact' ? 0 : 1;
    });
}
