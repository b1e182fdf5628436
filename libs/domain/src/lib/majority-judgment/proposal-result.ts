import { countsByGrade, GradeTally, MajorityJudgmentOptions } from './grade-tally';
import { gaugeKey, gaugeSign } from './majority-gauge';

/** (α, +, p) or (α, −, q), with the whole numbers behind p and q for exact comparisons. */
export interface MajorityGauge {
  grade: number;
  sign: '+' | '-';
  /** p when the sign is +, q when it is −. */
  share: number;
  p: number;
  q: number;
  above: number;
  below: number;
}

export interface MajorityJudgmentResult {
  /** Grades counted (no-opinion ballots only when they count as the lowest grade). */
  n: number;
  /** No-opinion ballots as recorded, shown whatever the policy. */
  noOpinion: number;
  /** Every grade of the scale, worst to best, after the no-opinion policy. */
  counts: Record<number, number>;
  /** Merit profile: counts[g] / n, all 0 when nobody graded. */
  profile: Record<number, number>;
  /** Lower median; null when n = 0. */
  majorityGrade: number | null;
  gauge: MajorityGauge | null;
}

export function majorityJudgmentResult(
  tally: GradeTally,
  options: MajorityJudgmentOptions = {},
): MajorityJudgmentResult {
  return resultFromCounts(countsByGrade(tally, options), tally.noOpinion ?? 0);
}

/** @param counts worst grade first, as `countsByGrade` returns them */
export function resultFromCounts(counts: readonly number[], noOpinion = 0): MajorityJudgmentResult {
  const n = counts.reduce((sum, count) => sum + count, 0);
  const byGrade: Record<number, number> = {};
  const profile: Record<number, number> = {};
  counts.forEach((count, index) => {
    byGrade[index + 1] = count;
    profile[index + 1] = n === 0 ? 0 : count / n;
  });
  const key = gaugeKey(counts, n);
  if (key === null) return { n, noOpinion, counts: byGrade, profile, majorityGrade: null, gauge: null };
  const sign = gaugeSign(key);
  const p = key.above / n;
  const q = key.below / n;
  return {
    n,
    noOpinion,
    counts: byGrade,
    profile,
    majorityGrade: key.grade,
    gauge: { grade: key.grade, sign, share: sign === '+' ? p : q, p, q, above: key.above, below: key.below },
  };
}
