export * from './lib/accounts/roles';
export * from './lib/accounts/email';
export * from './lib/auth/password-policy';
export * from './lib/auth/login-throttle';
export * from './lib/auth/session-expiry';
export * from './lib/mail/retry-schedule';
