// The deployment files (deploy/): what can be checked without systemd or a container engine.
// The units start files that exist with commands the CLI knows, with flags this Node accepts;
// the Containerfile copies files that exist and runs the same; every variable they and the
// example environment file set is one that src/config.ts reads.
import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const packageJson = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** A systemd unit as sections of key → values (a key may repeat). */
function parseUnit(text: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const pair = /^([A-Za-z]+)=(.*)$/.exec(line);
    expect(pair, `a unit's line: ${line}`).not.toBeNull();
    expect(current, `${line} is outside a section`).toBeDefined();
    current!.set(pair![1]!, [...(current!.get(pair![1]!) ?? []), pair![2]!]);
  }
  return sections;
}

/** Every environment variable loadConfig reads, through each optional branch (S3, Twilio). */
function variablesConfigReads(): Set<string> {
  const names = new Set<string>();
  const watched = (env: Record<string, string>) => new Proxy(env, {
    get(target, key) {
      if (typeof key === 'string') names.add(key);
      return target[key as string];
    },
  });
  loadConfig(watched({}));
  loadConfig(watched({ STORAGE: 's3', S3_BUCKET: 'b', SMS_PROVIDER: 'twilio', TWILIO_ACCOUNT_SID: 'a', TWILIO_AUTH_TOKEN: 't', TWILIO_FROM: '+33100000000' }));
  return names;
}
const READ = variablesConfigReads();

/** The commands `gardien --help` lists. */
function cliCommands(): string[] {
  let out: string;
  try {
    out = execFileSync(process.execPath, [join(ROOT, 'src/main.ts'), '--help'], { encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? '');
  }
  const commands = out.slice(out.indexOf('Commands:'));
  return [...commands.matchAll(/^\s{2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!);
}
const COMMANDS = cliCommands();

/** Node accepts these flags (it exits 9 on an unknown one). */
function nodeAccepts(flags: string[]): boolean {
  try {
    execFileSync(process.execPath, [...flags, '-e', '0'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A command line `/opt/gardien/node_modules/.bin/node [--flags] src/main.ts command`, checked against the project. */
function checkCommandLine(words: string[], workingDirectory: string, expected: string) {
  const [program, ...rest] = words;
  expect(program!.startsWith(`${workingDirectory}/`), `${program} is under ${workingDirectory}`).toBe(true);
  const relative = program!.slice(workingDirectory.length + 1);
  // The project's own Node, the `node` package of package.json.
  expect(relative).toBe('node_modules/.bin/node');
  expect(packageJson.dependencies.node).toMatch(/^24\./);
  accessSync(join(ROOT, relative), constants.X_OK);
  const flags = rest.filter((w) => w.startsWith('--'));
  expect(nodeAccepts(flags), `node accepts ${flags.join(' ')}`).toBe(true);
  const [script, command, ...extra] = rest.filter((w) => !w.startsWith('--'));
  expect(script).toBe('src/main.ts');
  expect(existsSync(join(ROOT, script!))).toBe(true);
  expect(COMMANDS).toContain(command);
  expect(command).toBe(expected);
  expect(extra).toEqual([]);
}

describe('the CLI as the deployment files call it', () => {
  it('when `gardien --help` is read, then it lists serve, worker and migrate', () => {
    expect(COMMANDS).toEqual(expect.arrayContaining(['serve', 'worker', 'migrate']));
  });
});

describe.each([
  ['deploy/gardien.service', 'serve'],
  ['deploy/gardien-worker.service', 'worker'],
])('the systemd unit %s', (file, command) => {
  const unit = parseUnit(read(file));
  const service = unit.get('Service')!;
  const one = (key: string) => {
    const values = service.get(key) ?? [];
    expect(values, key).toHaveLength(1);
    return values[0]!;
  };

  it(`when its ExecStart is read, then it runs the project's node on src/main.ts ${command} in its WorkingDirectory`, () => {
    expect([...unit.keys()]).toEqual(['Unit', 'Service', 'Install']);
    const workingDirectory = one('WorkingDirectory');
    expect(workingDirectory).toMatch(/^\/[^\s]+[^/]$/);
    checkCommandLine(one('ExecStart').split(/\s+/), workingDirectory, command);
  });

  it('when its options are read, then it runs as its own user with an environment file, restarts on failure and keeps V8 able to compile', () => {
    expect(one('User')).not.toBe('root');
    expect(one('User')).toBe('gardien');
    expect(one('EnvironmentFile')).toBe('/etc/gardien/gardien.env');
    expect(one('Restart')).toBe('on-failure');
    expect(one('NoNewPrivileges')).toBe('yes');
    expect(one('ProtectSystem')).toBe('strict');
    // ProtectSystem=strict leaves only the state directory writable: DATA_DIR must be it.
    expect(service.get('Environment')).toContain(`DATA_DIR=/var/lib/${one('StateDirectory')}`);
    // V8's compilers and PGlite's WebAssembly need memory both writable and executable.
    expect(service.has('MemoryDenyWriteExecute')).toBe(false);
    expect(unit.get('Install')!.get('WantedBy')).toEqual(['multi-user.target']);
  });

  it('when its Environment lines are read, then each variable is one src/config.ts reads', () => {
    const names = (service.get('Environment') ?? []).map((e) => e.split('=')[0]!);
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter((n) => !READ.has(n))).toEqual([]);
  });
});

describe('the example environment file', () => {
  it('when deploy/gardien.env.example is read, then every variable is one src/config.ts reads, and it loads as a valid configuration', () => {
    const env: Record<string, string> = {};
    for (const line of read('deploy/gardien.env.example').split('\n')) {
      if (line.trim() === '' || line.startsWith('#')) continue;
      const pair = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
      expect(pair, line).not.toBeNull();
      env[pair![1]!] = pair![2]!;
    }
    expect(Object.keys(env).filter((n) => !READ.has(n))).toEqual([]);
    const config = loadConfig(env);
    expect(config).toMatchObject({ workersInProcess: false, storage: 's3', trustProxy: 1, publicUrl: 'https://gardien.example.org' });
    expect(config.databaseUrl).toMatch(/^postgres:\/\//);
  });
});

describe('the container recipe deploy/Containerfile', () => {
  // Instructions, continuation lines joined, comments dropped.
  const instructions = read('deploy/Containerfile').replace(/\\\n/g, ' ').split('\n')
    .map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => ({ op: l.split(/\s+/)[0]!.toUpperCase(), args: l.slice(l.split(/\s+/)[0]!.length).trim() }));
  const all = (op: string) => instructions.filter((i) => i.op === op).map((i) => i.args);

  it('when its COPY lines are read, then every source taken from the project exists and comes before the step that needs it', () => {
    const copies = all('COPY').filter((args) => !args.startsWith('--from='));
    expect(copies.length).toBeGreaterThan(0);
    for (const args of copies) {
      const words = args.split(/\s+/).filter((w) => !w.startsWith('--'));
      for (const source of words.slice(0, -1)) expect(existsSync(join(ROOT, source)), `COPY ${source}`).toBe(true);
    }
    // What the build stage runs exists in what it copied.
    expect(all('RUN')).toEqual(expect.arrayContaining(['npm ci --omit=dev --no-audit --no-fund', 'node_modules/.bin/node scripts/build-web.ts']));
    // npm ci reads the lock file and the project's npm settings (.npmrc), copied before it runs.
    const installAt = instructions.findIndex((i) => i.op === 'RUN' && i.args.startsWith('npm ci'));
    const copiedBefore = instructions.slice(0, installAt).filter((i) => i.op === 'COPY').flatMap((i) => i.args.split(/\s+/));
    expect(copiedBefore).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', ...(existsSync(join(ROOT, '.npmrc')) ? ['.npmrc'] : [])]));
    // The web build imports src/ (the domain's shared tables) and reads web/ and scripts/.
    const buildAt = instructions.findIndex((i) => i.op === 'RUN' && i.args.includes('build-web.ts'));
    const copiedForBuild = instructions.slice(0, buildAt).filter((i) => i.op === 'COPY').flatMap((i) => i.args.split(/\s+/));
    expect(copiedForBuild).toEqual(expect.arrayContaining(['src', 'web', 'scripts']));
  });

  it('when the build context is read, then .dockerignore keeps out node_modules, the data folder and .env', () => {
    const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', 'data', '.env', 'web/dist']));
  });

  it('when the web build runs on the runtime dependencies only (npm ci --omit=dev), then what it imports is among them', () => {
    for (const name of ['vite', '@vitejs/plugin-react', 'node']) expect(packageJson.dependencies[name], name).toBeDefined();
    expect(packageJson.devDependencies.vite).toBeUndefined();
  });

  it('when its base images, user, volume and command are read, then it is Debian and Node, not root, DATA_DIR a volume, and serve by the project\u2019s node', () => {
    expect(all('FROM').map((f) => f.split(/\s+/)[0])).toEqual(['docker.io/library/node:24-bookworm-slim', 'docker.io/library/debian:bookworm-slim']);
    const users = all('USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)$/);
    // The ENV line's variables are read by src/config.ts, and DATA_DIR is the volume.
    const env = Object.fromEntries(all('ENV').flatMap((e) => e.split(/\s+/)).map((pair) => pair.split('=') as [string, string]));
    expect(Object.keys(env).filter((n) => !READ.has(n))).toEqual([]);
    expect(all('VOLUME')).toEqual([env.DATA_DIR]);
    const workdir = all('WORKDIR');
    expect(new Set(workdir).size).toBe(1);
    const entrypoint = JSON.parse(all('ENTRYPOINT')[0]!) as string[];
    const cmd = JSON.parse(all('CMD').at(-1)!) as string[];
    checkCommandLine([...entrypoint, ...cmd], workdir[0]!, 'serve');
  });
});
