export * from './personal-data-detector';
export { isValidNir, nirKey, passesIbanCheck, passesLuhn } from './personal-data-checks';
export * from './reports';
