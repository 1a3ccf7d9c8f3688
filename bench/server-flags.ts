// The Node flags `npm start` gives the server (`node FLAGS src/main.ts serve` in package.json),
// so that benchmarks start the server exactly as users do.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The flags of package.json's start script, or those given as `--flags="…"` on the command line. */
export function serverFlags(argv: string[] = process.argv.slice(2)): string[] {
  const given = argv.find((a) => a.startsWith('--flags='));
  if (given !== undefined) return given.slice('--flags='.length).split(/\s+/).filter(Boolean);
  const start = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts.start!;
  const match = /\bnode((?:\s+--\S+)*)\s+src\/main\.ts serve/.exec(start);
  if (!match) throw new Error(`package.json's start script does not run src/main.ts serve: ${start}`);
  return match[1]!.trim().split(/\s+/).filter(Boolean);
}
