import { DEFAULT_LOGIN_THROTTLE } from '../auth/login-throttle';

const HOUR = 3600;
const DAY = 24 * HOUR;

/** What the retention jobs delete or scrub; the privacy page and the README list the same items. */
export type RetentionItem =
  | 'unverified-account'
  | 'session'
  | 'email-token'
  | 'login-failure'
  | 'mail-content'
  | 'sent-mail'
  | 'undelivered-mail';

/** The moment a period is counted from. */
export type RetentionStart = 'sign-up' | 'expiry' | 'use-or-expiry' | 'failure' | 'sending' | 'queueing';

export interface RetentionPeriod {
  item: RetentionItem;
  /** How long after `from` the data is deleted; 0 means as soon as the job next runs. */
  seconds: number;
  from: RetentionStart;
}

/**
 * One table for every period, so the jobs, the privacy page and the README cannot disagree.
 * Unverified accounts cannot sign in, so they never took part: 30 days is enough to follow a late link and no contribution is lost. A failed
 * sign-in only matters inside the throttle window. Mail bodies hold single-use links, so they go
 * at sending; the rest of a sent row (template, date, keyed hash) helps answer "did you write to
 * me?" for a month. Undelivered mail is retried with backoff (at most hourly) for a week, then
 * dropped: a week-old link has expired anyway.
 */
export const RETENTION_PERIODS: readonly RetentionPeriod[] = [
  { item: 'unverified-account', seconds: 30 * DAY, from: 'sign-up' },
  { item: 'session', seconds: 0, from: 'expiry' },
  { item: 'email-token', seconds: 0, from: 'use-or-expiry' },
  { item: 'login-failure', seconds: DEFAULT_LOGIN_THROTTLE.windowSeconds, from: 'failure' },
  { item: 'mail-content', seconds: 0, from: 'sending' },
  { item: 'sent-mail', seconds: 30 * DAY, from: 'sending' },
  { item: 'undelivered-mail', seconds: 7 * DAY, from: 'queueing' },
];

/** How often the retention job runs: what is due waits at most this long past its period. */
export const RETENTION_JOB_CRON = '17 * * * *';
export const RETENTION_JOB_LAG_SECONDS = HOUR;

export function retentionSeconds(item: RetentionItem): number {
  const period = RETENTION_PERIODS.find((p) => p.item === item);
  if (!period) throw new Error(`No retention period for ${item}`);
  return period.seconds;
}

/** Data older than this moment (counted from the item's start) is due for deletion. */
export function retentionCutoff(item: RetentionItem, now: Date): Date {
  return new Date(now.getTime() - retentionSeconds(item) * 1000);
}

export type DurationUnit = 'minutes' | 'hours' | 'days';

/** The largest whole unit a period is written in, for people reading it. */
export function humanDuration(seconds: number): { amount: number; unit: DurationUnit } {
  if (seconds >= DAY && seconds % DAY === 0) return { amount: seconds / DAY, unit: 'days' };
  if (seconds >= HOUR && seconds % HOUR === 0) return { amount: seconds / HOUR, unit: 'hours' };
  return { amount: Math.ceil(seconds / 60), unit: 'minutes' };
}
