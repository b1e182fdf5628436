import { ConfigError, loadConfig } from './app-config';

const PRODUCTION = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) };

describe('loadConfig: mail in production', () => {
  it('refuses to start without SMTP_URL, so links never go to the log', () => {
    expect(() => loadConfig({ ...PRODUCTION })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION })).toThrow(/SMTP_URL is required/);
    expect(() => loadConfig({ ...PRODUCTION, MAIL_DISABLED: 'false' })).toThrow(/MAIL_DISABLED=true/);
  });
  it('starts with SMTP_URL, or with mail turned off explicitly', () => {
    expect(loadConfig({ ...PRODUCTION, SMTP_URL: 'smtp://mail.example.org' })).toMatchObject({ mailDisabled: false, smtpUrl: 'smtp://mail.example.org' });
    expect(loadConfig({ ...PRODUCTION, MAIL_DISABLED: 'true' })).toMatchObject({ mailDisabled: true, smtpUrl: undefined });
  });
});

describe('loadConfig: phase schedule', () => {
  const at = (value?: string) => loadConfig({ ...PRODUCTION, MAIL_DISABLED: 'true', PHASE_SCHEDULER_MS: value }).phaseSchedulerMinutes;
  it('maps milliseconds to whole minutes, rounding up; 0 stays off', () => {
    expect(at(undefined)).toBe(1);
    expect(at('0')).toBe(0);
    expect(at('1000')).toBe(1);
    expect(at('300000')).toBe(5);
    expect(at('90000')).toBe(2);
  });
  it('refuses a value that is not a whole number', () => {
    expect(() => at('soon')).toThrow(ConfigError);
  });
});
