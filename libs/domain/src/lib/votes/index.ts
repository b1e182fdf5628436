export * from './revision-phase';
