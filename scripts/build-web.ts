// Builds the web app into web/dist with Vite; with --if-stale, only when its sources changed.
// Usage: node scripts/build-web.ts [--if-stale]
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const rootDir = fileURLToPath(new URL('..', import.meta.url));
const webDir = join(rootDir, 'web');
const distDir = join(webDir, 'dist');
const hashFile = join(distDir, '.build-hash');
const configFile = join(webDir, 'vite.config.ts');

/** What buildWeb did: built the app, or found web/dist up to date. */
export type BuildOutcome = 'built' | 'reused';

/** Builds web/dist, or with ifStale keeps it when the sources' hash is unchanged. */
export async function buildWeb({ ifStale = false } = {}): Promise<BuildOutcome> {
  const hash = await sourcesHash();
  if (ifStale && (await readText(hashFile)) === hash) return 'reused';
  // A build that fails halfway must not leave a hash that vouches for web/dist.
  await rm(hashFile, { force: true });
  await build({ configFile, logLevel: 'warn' });
  await writeFile(hashFile, `${hash}\n`);
  return 'built';
}

/** sha256 over every file under web/ except web/dist, plus package-lock.json. */
export async function sourcesHash(): Promise<string> {
  const files = [...(await listFiles(webDir)), join(rootDir, 'package-lock.json')].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    // Paths with '/' so that the hash is the same on every system.
    hash.update(relative(rootDir, file).split(sep).join('/'));
    hash.update('\0');
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (path !== distDir && entry.name !== 'node_modules') files.push(...(await listFiles(path)));
    } else if (entry.isFile()) {
      files.push(path);
    }
  }
  return files;
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const ifStale = process.argv.includes('--if-stale');
  const started = performance.now();
  try {
    const outcome = await buildWeb({ ifStale });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      outcome === 'built'
        ? `web: built web/dist in ${seconds}s`
        : 'web: reused web/dist (sources unchanged since the last build)',
    );
  } catch (error) {
    console.error(`web: build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

// Run only when started as a script, not when a test imports buildWeb.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
