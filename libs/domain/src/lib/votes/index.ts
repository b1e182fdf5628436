export * from './revision-phase';
export * from './ballot-secrecy';
