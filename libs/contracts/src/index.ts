export * from './lib/common';
export * from './lib/accounts';
export * from './lib/auth';
export * from './lib/health';
export * from './lib/consultations';
