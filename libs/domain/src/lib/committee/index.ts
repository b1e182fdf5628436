export * from './committee-roster';
export * from './committee-vote';
export * from './committee-majority-judgment';
