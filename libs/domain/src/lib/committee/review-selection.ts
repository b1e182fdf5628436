import type { ReviewRule } from '../consultations/consultation-settings';

/** A published proposal when voting closes, with what the review rule may look at. */
export interface ReviewCandidate {
  id: string;
  /** Supports received (support voting); 0 otherwise. */
  supports: number;
  /** Majority grade (majority judgment); null when nobody graded it or another method was used. */
  majorityGrade: number | null;
}

/**
 * Which proposals go to the committee, in the candidates' order: all of them, or those that reach
 * the threshold ("above a threshold" read as at or above it, so a rule of 100 supports takes the
 * proposal that got exactly 100). An ungraded proposal never reaches a grade threshold.
 */
export function selectForReview(candidates: readonly ReviewCandidate[], rule: ReviewRule): string[] {
  const reaches = (candidate: ReviewCandidate): boolean => {
    switch (rule.kind) {
      case 'all':
        return true;
      case 'min_supports':
        return candidate.supports >= rule.minSupports;
      case 'min_grade':
        return candidate.majorityGrade !== null && candidate.majorityGrade >= rule.minGrade;
      default:
        throw new RangeError(`Unknown review rule ${String((rule as { kind?: unknown }).kind)}`);
    }
  };
  return candidates.filter(reaches).map((candidate) => candidate.id);
}
