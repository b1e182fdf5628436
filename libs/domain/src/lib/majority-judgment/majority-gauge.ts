import { compareFractions } from './fractions';

/**
 * Everything levels 1 and 2 of the ranking look at, kept as whole numbers: the majority grade,
 * how many grades lie strictly above and strictly below it, and how many grades there are.
 */
export interface GaugeKey {
  grade: number;
  above: number;
  below: number;
  n: number;
}

/** Where two proposals part, from the first rule of majority-judgment.md to the last. */
export type RankingLevel = 'majority-grade' | 'gauge-sign' | 'gauge-share' | 'median-removal' | 'tie';

export function totalOf(counts: readonly number[]): number {
  return counts.reduce((sum, count) => sum + count, 0);
}

/** The grade at position ⌈n/2⌉ from the worst (the lower median); null when nobody graded. */
export function lowerMedianGrade(counts: readonly number[], n = totalOf(counts)): number | null {
  if (n === 0) return null;
  const position = Math.ceil(n / 2);
  let seen = 0;
  for (let index = 0; index < counts.length; index++) {
    seen += counts[index];
    if (seen >= position) return index + 1;
  }
  return null;
}

export function gaugeKey(counts: readonly number[], n = totalOf(counts)): GaugeKey | null {
  const grade = lowerMedianGrade(counts, n);
  if (grade === null) return null;
  let below = 0;
  for (let index = 0; index < grade - 1; index++) below += counts[index];
  const above = n - below - counts[grade - 1];
  return { grade, above, below, n };
}

/** (α, +, p) when more grades lie above α than below, (α, −, q) otherwise. */
export function gaugeSign(key: GaugeKey): '+' | '-' {
  return key.above > key.below ? '+' : '-';
}

export interface KeyComparison {
  /** Positive when the first key ranks first, negative when the second does, 0 when tied. */
  order: number;
  level: RankingLevel;
}

/**
 * Levels 1 and 2: higher majority grade first; then a + gauge before a − gauge; between two +,
 * the larger share above first; between two −, the smaller share below first.
 */
export function compareGaugeKeys(a: GaugeKey, b: GaugeKey): KeyComparison {
  if (a.grade !== b.grade) return { order: Math.sign(a.grade - b.grade), level: 'majority-grade' };
  const signA = gaugeSign(a);
  const signB = gaugeSign(b);
  if (signA !== signB) return { order: signA === '+' ? 1 : -1, level: 'gauge-sign' };
  const order =
    signA === '+' ? compareFractions(a.above, a.n, b.above, b.n) : compareFractions(b.below, b.n, a.below, a.n);
  return { order, level: order === 0 ? 'tie' : 'gauge-share' };
}
