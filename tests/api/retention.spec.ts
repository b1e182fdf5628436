import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ApiClient } from '../support/api-client';
import { GOOD_PASSWORD, uniqueEmail, verifiedCitizen } from '../support/accounts';
import { linkIn, waitForMail } from '../support/smtp-sink';
import { stack } from '../support/stack-env';
import { startTestStack, type TestStackInfo } from '../support/test-stack';

const s = stack();
const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'dist/apps/api/main.js');
const CLI = join(ROOT, 'dist/apps/api/cli.js');
const db = new Client({ connectionString: s.databaseUrl });

beforeAll(() => db.connect());
afterAll(() => db.end());

function run(script: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => ok({ code, stdout, stderr }));
  });
}

async function register(info: TestStackInfo, email: string): Promise<void> {
  const registered = await new ApiClient(info.baseUrl).post('/api/auth/register', { email, displayName: 'Rétention', password: GOOD_PASSWORD });
  expect(registered.status).toBe(201);
}

async function registerAndReadToken(info: TestStackInfo, email: string): Promise<string> {
  await register(info, email);
  const mail = await waitForMail(info.mailDir, email, (text) => text.includes('/verify-email?token='));
  return new URL(linkIn(mail, '/verify-email?token=')).searchParams.get('token') as string;
}

/** The worker records the delivery just after the SMTP server has the mail: wait for that too. */
async function waitUntilNoneUnsent(database: Client, email: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await database.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = $1`, [email]);
    if (rows[0].n === 0) return;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  throw new Error(`mail to ${email} still waiting in the outbox`);
}

describe('mail privacy', () => {
  it('keeps no link, token, body or address in the outbox once the mail is sent', async () => {
    const started = new Date();
    const email = uniqueEmail('retention');
    const token = await registerAndReadToken(s, email);
    expect(token.length).toBeGreaterThan(20);
    await waitUntilNoneUnsent(db, email);

    const { rows } = await db.query(`SELECT * FROM mail_outbox`);
    const everything = JSON.stringify(rows);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain(encodeURIComponent(token));
    expect(everything.toLowerCase()).not.toContain(email.toLowerCase());
    expect(everything).not.toContain(email.split('@')[0]);

    const sent = await db.query(
      `SELECT template, recipient, recipient_hash, subject, text_body, html_body FROM mail_outbox
       WHERE template = 'verify-email' AND sent_at >= $1`,
      [started],
    );
    expect(sent.rows.length).toBeGreaterThan(0);
    for (const row of sent.rows) {
      expect(row).toMatchObject({ recipient: null, subject: null, text_body: null, html_body: null });
      expect(row.recipient_hash).toMatch(/^[\w-]{43}$/);
    }
    // The database itself refuses a sent row that still holds a body.
    await expect(db.query(`UPDATE mail_outbox SET text_body = 'x' WHERE sent_at IS NOT NULL`)).rejects.toThrow(/mail_outbox_sent_is_scrubbed/);
  });

  it('names the template of every queued mail', async () => {
    const { rows } = await db.query(`SELECT DISTINCT template FROM mail_outbox`);
    expect(rows.map((r) => r.template)).not.toContain('unknown');
    expect(rows.map((r) => r.template)).toContain('verify-email');
  });
});

describe('production', () => {
  const secret = randomBytes(32).toString('base64url');

  it('refuses to start without SMTP_URL unless MAIL_DISABLED=true says so', async () => {
    const refused = await run(MAIN, [], { NODE_ENV: 'production', SESSION_SECRET: secret, SMTP_URL: '', MAIL_DISABLED: '', DATABASE_URL: 'postgres://127.0.0.1:1/none' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/SMTP_URL is required when NODE_ENV=production/);
  });

  describe('with SMTP', () => {
    let prod: Awaited<ReturnType<typeof startTestStack>>;
    beforeAll(async () => {
      // Debug level: every log line the app can write is written, so none may leak a link.
      prod = await startTestStack('prod', { NODE_ENV: 'production', SESSION_SECRET: secret, SEED_DEMO: 'false', LOG_LEVEL: 'debug' });
    }, 90_000);
    afterAll(async () => prod?.stop());

    it('logs no link, token or address when someone registers', async () => {
      const email = uniqueEmail('prod');
      const token = await registerAndReadToken(prod.info, email);
      const database = new Client({ connectionString: prod.info.databaseUrl });
      await database.connect();
      try {
        await waitUntilNoneUnsent(database, email);
      } finally {
        await database.end();
      }
      const log = prod.log();
      // The log is really captured: the registration request is in it (path only).
      expect(log).toContain('/api/auth/register');
      expect(log).not.toContain(token);
      expect(log).not.toContain('verify-email?token');
      expect(log).not.toContain(email);
    });
  });

  describe('with MAIL_DISABLED=true', () => {
    let off: Awaited<ReturnType<typeof startTestStack>>;
    beforeAll(async () => {
      off = await startTestStack('mailoff', { NODE_ENV: 'production', SESSION_SECRET: secret, SEED_DEMO: 'false', LOG_LEVEL: 'debug', SMTP_URL: '', MAIL_DISABLED: 'true' });
    }, 90_000);
    afterAll(async () => off?.stop());

    it('says loudly that mail is off, and logs only the template and a masked address', async () => {
      expect(off.log()).toMatch(/MAIL_DISABLED=true/);
      const email = uniqueEmail('off');
      await register(off.info, email);
      const deadline = Date.now() + 15_000;
      while (!off.log().includes('mail not sent') && Date.now() < deadline) await new Promise((ok) => setTimeout(ok, 100));
      const log = off.log();
      expect(log).toMatch(/"template":"verify-email".*mail not sent/);
      expect(log).not.toContain('token=');
      expect(log).not.toContain(email);
    });
  });
});

describe('job system', () => {
  it('keeps one schedule per job for the whole cluster, in pg-boss\'s own schema', async () => {
    const { rows } = await db.query(`SELECT name, cron, timezone FROM pgboss.schedule WHERE name IN ('retention', 'consultations.phase-schedule') ORDER BY name`);
    expect(rows).toEqual([
      { name: 'consultations.phase-schedule', cron: '* * * * *', timezone: 'UTC' },
      { name: 'retention', cron: '17 * * * *', timezone: 'UTC' },
    ]);
  });

  it('runs a queued job on an API process', async () => {
    const { rows } = await db.query(`INSERT INTO pgboss.job (name, data) VALUES ('retention', '{}') RETURNING id`);
    let state = '';
    for (let i = 0; i < 150 && state !== 'completed'; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      state = (await db.query(`SELECT state FROM pgboss.job WHERE id = $1`, [rows[0].id])).rows[0]?.state;
    }
    expect(state).toBe('completed');
  });
});

describe('retention job', () => {
  async function runRetention(): Promise<Record<string, number>> {
    const dataDir = mkdtempSync(join(tmpdir(), 'concordia-cli-'));
    try {
      const result = await run(CLI, ['run-job', 'retention'], { NODE_ENV: 'test', DATABASE_URL: s.databaseUrl, DATA_DIR: dataDir, SMTP_URL: '' });
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: 0 });
      return JSON.parse(result.stdout.trim().split('\n').pop() as string);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }

  const userId = async (email: string): Promise<string | undefined> =>
    (await db.query(`SELECT id FROM users WHERE email_normalised = lower($1)`, [email])).rows[0]?.id;

  it('deletes accounts unverified for 30 days, expired sessions, spent tokens, old failures and old mail', async () => {
    const [old, recent, verifiedOld] = [uniqueEmail('old'), uniqueEmail('recent'), uniqueEmail('verified-old')];
    await register(s, old);
    await register(s, recent);
    const citizen = await verifiedCitizen(s, verifiedOld);
    await db.query(`UPDATE users SET created_at = now() - interval '31 days' WHERE email_normalised = lower($1)`, [old]);
    await db.query(`UPDATE users SET created_at = now() - interval '29 days' WHERE email_normalised = lower($1)`, [recent]);
    await db.query(`UPDATE users SET created_at = now() - interval '31 days' WHERE email_normalised = lower($1)`, [verifiedOld]);
    const oldId = await userId(old);
    const oldParticipant = (await db.query(`SELECT participant_id FROM users WHERE id = $1`, [oldId])).rows[0].participant_id;

    // The citizen's live session, and an idle one (8 days > the 7-day idle limit) of the same account.
    const citizenId = (await userId(verifiedOld)) as string;
    const idle = await db.query(
      `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, now() - interval '9 days', now() - interval '8 days') RETURNING id`,
      [randomBytes(16).toString('hex'), citizenId],
    );
    const tooOld = await db.query(
      `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, now() - interval '31 days', now()) RETURNING id`,
      [randomBytes(16).toString('hex'), citizenId],
    );
    // The citizen's verification token is used; the recent account's is still valid; one expired.
    const recentId = (await userId(recent)) as string;
    await db.query(`UPDATE email_tokens SET expires_at = now() - interval '1 minute' WHERE user_id = $1`, [recentId]);
    await db.query(
      `INSERT INTO email_tokens (token_hash, user_id, purpose, expires_at) VALUES ($1, $2, 'reset-password', now() + interval '1 hour')`,
      [randomBytes(16).toString('hex'), recentId],
    );
    await db.query(`INSERT INTO login_failures (throttle_key, failed_at) VALUES ('retention-old', now() - interval '1 hour'), ('retention-new', now())`);
    await db.query(
      `INSERT INTO mail_outbox (template, recipient_hash, sent_at, created_at) VALUES ('retention-old-sent', 'h', now() - interval '31 days', now() - interval '31 days'),
         ('retention-new-sent', 'h', now() - interval '29 days', now() - interval '29 days')`,
    );
    await db.query(
      `INSERT INTO mail_outbox (template, recipient, subject, text_body, created_at, next_attempt_at) VALUES
         ('retention-undelivered', 'undeliverable@example.invalid', 's', 't', now() - interval '8 days', now() + interval '1 day')`,
    );

    const counts = await runRetention();
    expect(counts.unverifiedAccounts).toBeGreaterThanOrEqual(1);
    expect(counts.expiredSessions).toBeGreaterThanOrEqual(2);
    expect(counts.spentEmailTokens).toBeGreaterThanOrEqual(2);
    expect(counts.loginFailures).toBeGreaterThanOrEqual(1);
    expect(counts.sentMail).toBeGreaterThanOrEqual(1);
    expect(counts.undeliveredMail).toBeGreaterThanOrEqual(1);

    expect(await userId(old)).toBeUndefined();
    expect((await db.query(`SELECT 1 FROM identity_register WHERE participant_id = $1`, [oldParticipant])).rowCount).toBe(0);
    expect(await userId(recent)).toBeDefined();
    expect(await userId(verifiedOld)).toBe(citizenId);

    const sessions = await db.query(`SELECT id FROM sessions WHERE user_id = $1`, [citizenId]);
    const ids = sessions.rows.map((r) => r.id);
    expect(ids).not.toContain(idle.rows[0].id);
    expect(ids).not.toContain(tooOld.rows[0].id);
    expect(ids.length).toBeGreaterThan(0);
    expect((await citizen.get('/api/auth/me')).status).toBe(200);

    expect((await db.query(`SELECT 1 FROM email_tokens WHERE user_id = $1`, [citizenId])).rowCount).toBe(0);
    const recentTokens = await db.query(`SELECT purpose FROM email_tokens WHERE user_id = $1`, [recentId]);
    expect(recentTokens.rows.map((r) => r.purpose)).toEqual(['reset-password']);

    const failures = await db.query(`SELECT throttle_key FROM login_failures WHERE throttle_key LIKE 'retention-%'`);
    expect(failures.rows.map((r) => r.throttle_key)).toEqual(['retention-new']);
    const mail = await db.query(`SELECT template FROM mail_outbox WHERE template LIKE 'retention-%'`);
    expect(mail.rows.map((r) => r.template)).toEqual(['retention-new-sent']);
  });
});
