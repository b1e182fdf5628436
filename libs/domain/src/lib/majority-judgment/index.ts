export * from './grade-scale';
export * from './grade-tally';
export { compareGaugeKeys, gaugeKey, gaugeSign, lowerMedianGrade } from './majority-gauge';
export type { GaugeKey, KeyComparison, RankingLevel } from './majority-gauge';
export * from './median-removal';
export * from './proposal-result';
export * from './ranking';
export * from './revision-round';
