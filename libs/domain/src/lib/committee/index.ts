export * from './committee-roster';
export * from './committee-vote';
export * from './committee-majority-judgment';
export * from './committee-settings';
export * from './committee-close';
export * from './review-selection';
export * from './official-response';
export * from './follow-up';
