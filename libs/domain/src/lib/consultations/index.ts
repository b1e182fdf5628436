export * from './consultation-phases';
export * from './consultation-settings';
export * from './phase-actions';
export * from './phase-schedule';
export * from './slug';
