// What every benchmark shares: the stack it measures (a throwaway one, or a running one on this
// machine), and percentiles.
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run as runCommand } from './run.mjs';

export const ROOT = resolve(import.meta.dirname, '..');

export function assertLoopback(url) {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) throw new Error(`The benchmark only targets this machine, not ${host}`);
}

function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** The built API with its own embedded PostgreSQL in a temporary folder; its log says where the database listens. */
export async function startOwnStack(extraEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'concordia-bench-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as nobody and must reach its folder
  const port = await freePort();
  const env = {
    ...process.env,
    // Every bench voter writes from 127.0.0.1: the per-address write limit would measure itself.
    RATE_LIMIT_WRITES_PER_MINUTE: '0',
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const dbPort = await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`API did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk) => {
      output += chunk;
      const found = output.match(/embedded PostgreSQL ready on 127\.0\.0\.1:(\d+)/);
      if (found && output.includes('Concordia is running at')) {
        clearTimeout(timer);
        ok(Number(found[1]));
      }
    };
    api.stdout.on('data', onData);
    api.stderr.on('data', onData);
    api.once('exit', (code) => fail(new Error(`API exited with ${code}:\n${output}`)));
  });
  const password = readFileSync(join(dataDir, 'postgres-password'), 'utf8').trim();
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    databaseUrl: `postgres://concordia:${encodeURIComponent(password)}@127.0.0.1:${dbPort}/concordia`,
    stop: async () => {
      const exited = new Promise((ok) => api.once('exit', ok));
      api.kill('SIGTERM');
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 15_000))]);
      if (api.exitCode === null) api.kill('SIGKILL');
      // PostgreSQL may still be shutting down after the API has exited: wait for its lock file to go.
      const lock = join(dataDir, 'pgdata', 'postmaster.pid');
      for (let i = 0; i < 150 && existsSync(lock); i++) await new Promise((ok) => setTimeout(ok, 100));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

/** BENCH_API_URL + BENCH_DATABASE_URL, or the built API on a throwaway embedded PostgreSQL. */
export async function benchStack(extraEnv = {}) {
  const external = process.env.BENCH_API_URL;
  if (external && !process.env.BENCH_DATABASE_URL) throw new Error('BENCH_API_URL needs BENCH_DATABASE_URL (fixtures are written to the database)');
  if (!external && (await runCommand('nx', ['run', 'api:build', '--output-style=static'])) !== 0) process.exit(1);
  const stack = external
    ? { apiUrl: external, databaseUrl: process.env.BENCH_DATABASE_URL, stop: async () => undefined }
    : await startOwnStack(extraEnv);
  assertLoopback(stack.apiUrl);
  assertLoopback(stack.databaseUrl);
  return stack;
}
