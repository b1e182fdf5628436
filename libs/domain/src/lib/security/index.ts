export * from './token-bucket';
export * from './hostile-text';
