import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmbeddedPostgres } from '../../apps/api/src/database/embedded-postgres';
import { createDatabaseIfMissing } from '../../apps/api/src/database/database-runtime';
import { startSmtpSink } from './smtp-sink';

export interface TestStackInfo {
  baseUrl: string;
  databaseUrl: string;
  mailDir: string;
  /** The API process, to watch its memory. */
  apiPid?: number;
}

const ROOT = resolve(__dirname, '../..');

/**
 * The real parts, started once per test run: a throwaway embedded PostgreSQL, an SMTP server,
 * and the built API (which also serves the built web app) as its own process.
 */
export async function startTestStack(name: string, extraEnv: Record<string, string> = {}): Promise<{ info: TestStackInfo; log: () => string; stop: () => Promise<void> }> {
  const work = mkdtempSync(join(tmpdir(), `concordia-${name}-`));
  const postgres = new EmbeddedPostgres({ dataDir: join(work, 'db'), ephemeral: true });
  await postgres.start();
  await createDatabaseIfMissing(postgres.url('postgres'), 'concordia_test');
  const databaseUrl = postgres.url('concordia_test');
  const mailDir = join(work, 'mail');
  const smtp = await startSmtpSink(mailDir);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(work, 'data'),
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtp.url,
      PUBLIC_URL: baseUrl,
      MAIL_POLL_MS: '100',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
      // The suites fire thousands of writes from one address on purpose; rate-limit.spec.ts tests the limit.
      RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
      // Tests read results right after voting; the cache has its own unit test.
      RESULTS_CACHE_MS: '0',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  await waitForStart(api, output);
  writeFileSync(join(work, 'api.log'), output.join(''));
  const info = { baseUrl, databaseUrl, mailDir, apiPid: api.pid };
  return {
    info,
    /** Everything the API has written to stdout and stderr so far (its log). */
    log: () => output.join(''),
    stop: async () => {
      await stopProcess(api);
      await smtp.stop();
      await postgres.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

function waitForStart(api: ChildProcess, output: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`API did not start in 60 s:\n${output.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (process.env.TEST_LOG_LEVEL) process.stderr.write(chunk);
      if (output.join('').includes('Concordia is running at')) {
        clearTimeout(timer);
        ok();
      }
    };
    api.stdout?.on('data', onData);
    api.stderr?.on('data', onData);
    api.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`API exited with code ${code}:\n${output.join('')}`));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000).unref())]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => ok(port));
    });
  });
}
