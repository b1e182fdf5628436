export * from './personal-data-detector';
export { isValidNir, nirKey, passesIbanCheck, passesLuhn } from './personal-data-checks';
export * from './reports';
export * from './moderation-decisions';
export * from './proposal-merge';
export * from './personal-data-review';
export * from './report-threshold';
