import { hkdfSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SECRET_RESULTS_MINIMUM, SECRET_RESULTS_MINIMUM_FLOOR } from '@concordia/domain';

export type RunMode = 'production' | 'development' | 'test';

export interface AppConfig {
  mode: RunMode;
  host: string;
  port: number;
  /** Where the embedded database, its password and the dev secret live. */
  dataDir: string;
  /** An external PostgreSQL; without it the API starts an embedded one. */
  databaseUrl?: string;
  sessionSecret: string;
  smtpUrl?: string;
  /** MAIL_DISABLED=true: nothing is sent and no body is ever logged (production without SMTP needs it said). */
  mailDisabled: boolean;
  mailFrom: string;
  /** The origin people reach the site at, used in links sent by e-mail. */
  publicUrl: string;
  /** The built Angular app, served from the same origin. */
  webDir: string;
  seedDemo: boolean;
  logLevel: string;
  sessionIdleSeconds: number;
  sessionAbsoluteSeconds: number;
  mailPollMs: number;
  trustProxy: boolean;
  /** Unsafe requests (POST, PUT, PATCH, DELETE) allowed per client address and minute; 0 turns the limit off. */
  writesPerMinute: number;
  /**
   * Seals secret ballots while voting is open (BALLOT_KEY, 32 bytes in base64); without it a key
   * is derived from the session secret. Never stored in the database.
   */
  ballotKey: Buffer;
  /** Secret results with fewer ballots show their count only (never below 3). */
  secretResultsMinimum: number;
  /** How long live results of a round being voted are reused; 0 computes them at each request. */
  resultsCacheMs: number;
  /** The licence of the open data (OPEN_DATA_LICENCE: etalab-2.0, the default, or odbl-1.0). */
  openDataLicence: { name: string; url: string };
  /** Every how many minutes the phase schedule runs (PHASE_SCHEDULER_MS rounded up to whole minutes); 0 is off. */
  phaseSchedulerMinutes: number;
}

export class ConfigError extends Error {}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new ConfigError(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

/** Outside production a secret is made once per data directory, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** BALLOT_KEY when given (32 bytes, base64), else a key of its own derived from the session secret. */
function ballotKey(value: string | undefined, sessionSecret: string): Buffer {
  if (value) {
    const key = Buffer.from(value, 'base64');
    if (key.length !== 32) throw new ConfigError('BALLOT_KEY must be 32 bytes in base64 (e.g. openssl rand -base64 32).');
    return key;
  }
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'concordia', 'secret-ballot-key-v1', 32));
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode: RunMode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const dataDir = resolve(env.DATA_DIR || '.data');
  const port = int(env.PORT, 3000, 'PORT');
  const host = env.HOST || (mode === 'production' ? '0.0.0.0' : '127.0.0.1');
  let sessionSecret = env.SESSION_SECRET ?? '';
  if (!sessionSecret) {
    if (mode === 'production') {
      throw new ConfigError('SESSION_SECRET is required when NODE_ENV=production (at least 32 random characters).');
    }
    sessionSecret = developmentSecret(dataDir);
  }
  if (sessionSecret.length < 32) throw new ConfigError('SESSION_SECRET must be at least 32 characters long.');
  const mailDisabled = env.MAIL_DISABLED === 'true';
  // Without SMTP, mails (and their single-use links) would otherwise go to the log: fine on a
  // developer's machine, a leak in production, so production must say which one it wants.
  if (mode === 'production' && !env.SMTP_URL && !mailDisabled) {
    throw new ConfigError('SMTP_URL is required when NODE_ENV=production (or set MAIL_DISABLED=true to run without sending any e-mail).');
  }
  const publicUrl = (env.PUBLIC_URL || `http://localhost:${port}`).replace(/\/$/, '');
  return {
    mode,
    host,
    port,
    dataDir,
    databaseUrl: env.DATABASE_URL || undefined,
    sessionSecret,
    smtpUrl: env.SMTP_URL || undefined,
    mailDisabled,
    mailFrom: env.MAIL_FROM || 'Concordia <no-reply@concordia.localhost>',
    publicUrl,
    webDir: resolve(env.WEB_DIR || 'dist/apps/web/browser'),
    seedDemo: mode !== 'production' && env.SEED_DEMO !== 'false',
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'warn' : 'info'),
    sessionIdleSeconds: int(env.SESSION_IDLE_HOURS, 168, 'SESSION_IDLE_HOURS') * 3600,
    sessionAbsoluteSeconds: int(env.SESSION_MAX_DAYS, 30, 'SESSION_MAX_DAYS') * 86400,
    mailPollMs: int(env.MAIL_POLL_MS, 2000, 'MAIL_POLL_MS'),
    trustProxy: env.TRUST_PROXY === 'true',
    writesPerMinute: int(env.RATE_LIMIT_WRITES_PER_MINUTE, 300, 'RATE_LIMIT_WRITES_PER_MINUTE'),
    ballotKey: ballotKey(env.BALLOT_KEY, sessionSecret),
    secretResultsMinimum: secretResultsMinimum(env.SECRET_RESULTS_MIN_BALLOTS),
    resultsCacheMs: int(env.RESULTS_CACHE_MS, 3000, 'RESULTS_CACHE_MS'),
    openDataLicence: openDataLicence(env.OPEN_DATA_LICENCE),
    phaseSchedulerMinutes: Math.ceil(int(env.PHASE_SCHEDULER_MS, 60_000, 'PHASE_SCHEDULER_MS') / 60_000),
  };
}

function secretResultsMinimum(value: string | undefined): number {
  const minimum = int(value, DEFAULT_SECRET_RESULTS_MINIMUM, 'SECRET_RESULTS_MIN_BALLOTS');
  if (minimum < SECRET_RESULTS_MINIMUM_FLOOR) {
    throw new ConfigError(`SECRET_RESULTS_MIN_BALLOTS must be at least ${SECRET_RESULTS_MINIMUM_FLOOR}.`);
  }
  return minimum;
}

const LICENCES: Record<string, { name: string; url: string }> = {
  'etalab-2.0': { name: 'Licence Ouverte / Open Licence 2.0 (Etalab)', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' },
  'odbl-1.0': { name: 'Open Database License (ODbL) 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
};

function openDataLicence(value: string | undefined): { name: string; url: string } {
  const licence = LICENCES[value || 'etalab-2.0'];
  if (!licence) throw new ConfigError(`OPEN_DATA_LICENCE must be one of ${Object.keys(LICENCES).join(', ')}, got "${value}"`);
  return licence;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
