import { DEFAULT_LOGIN_THROTTLE } from '../auth/login-throttle';
import { humanDuration, RETENTION_PERIODS, retentionCutoff, retentionSeconds } from './retention-periods';

const DAY = 86_400;

describe('retention periods', () => {
  it('lists every item once', () => {
    const items = RETENTION_PERIODS.map((p) => p.item);
    expect(new Set(items).size).toBe(items.length);
    expect(items).toEqual(['unverified-account', 'session', 'email-token', 'login-failure', 'mail-content', 'sent-mail', 'undelivered-mail']);
  });

  it('deletes unverified accounts and sent mail after 30 days, undelivered mail after 7', () => {
    expect(retentionSeconds('unverified-account')).toBe(30 * DAY);
    expect(retentionSeconds('sent-mail')).toBe(30 * DAY);
    expect(retentionSeconds('undelivered-mail')).toBe(7 * DAY);
  });

  it('keeps mail bodies, used tokens and ended sessions no longer than the next run', () => {
    expect(retentionSeconds('mail-content')).toBe(0);
    expect(retentionSeconds('email-token')).toBe(0);
    expect(retentionSeconds('session')).toBe(0);
  });

  it('forgets failed sign-ins once the throttle no longer counts them', () => {
    expect(retentionSeconds('login-failure')).toBe(DEFAULT_LOGIN_THROTTLE.windowSeconds);
  });

  it('puts the cutoff that long before now: 29 days old is kept, 31 days old is due', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const cutoff = retentionCutoff('unverified-account', now);
    expect(cutoff.toISOString()).toBe('2026-11-04T12:00:00.000Z');
    expect(new Date(now.getTime() - 29 * DAY * 1000) > cutoff).toBe(true);
    expect(new Date(now.getTime() - 31 * DAY * 1000) < cutoff).toBe(true);
  });

  it('writes periods in the largest whole unit', () => {
    expect(humanDuration(30 * DAY)).toEqual({ amount: 30, unit: 'days' });
    expect(humanDuration(168 * 3600)).toEqual({ amount: 7, unit: 'days' });
    expect(humanDuration(36 * 3600)).toEqual({ amount: 36, unit: 'hours' });
    expect(humanDuration(15 * 60)).toEqual({ amount: 15, unit: 'minutes' });
    expect(humanDuration(90)).toEqual({ amount: 2, unit: 'minutes' });
  });
});
