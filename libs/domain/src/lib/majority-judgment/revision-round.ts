import { DEFAULT_GRADE_SCALE, GradeScale } from './grade-scale';

/** The Montpellier convention kept grades 4–5 and rewrote 3 or below, on a 1–5 scale. */
export const DEFAULT_REVISION_THRESHOLD = 3;

/**
 * For another scale, the same idea: the middle grade and below go back for revision
 * (3 of 5; 2 of 3; 4 of 7; 2 of 4).
 */
export function defaultRevisionThreshold(scale: GradeScale = DEFAULT_GRADE_SCALE): number {
  return Math.ceil(scale.grades.length / 2);
}

/** A threshold must leave at least one grade that passes, and catch at least one that does not. */
export function isValidRevisionThreshold(threshold: number, scale: GradeScale = DEFAULT_GRADE_SCALE): boolean {
  return Number.isInteger(threshold) && threshold >= 1 && threshold < scale.grades.length;
}

export interface RevisionCandidate {
  id: string;
  majorityGrade: number | null;
}

export interface RevisionRound {
  /** Majority grade at or below the threshold: back to the authors for a new version. */
  revise: string[];
  /** Above the threshold: kept as graded. */
  keep: string[];
  /**
   * Nobody graded them: there is no verdict to act on, so they are neither kept nor sent back,
   * and the admins decide (grade them again, or let them stand).
   */
  ungraded: string[];
}

export function revisionRound(
  proposals: readonly RevisionCandidate[],
  threshold = DEFAULT_REVISION_THRESHOLD,
  scale: GradeScale = DEFAULT_GRADE_SCALE,
): RevisionRound {
  if (!isValidRevisionThreshold(threshold, scale)) throw new RangeError(`Invalid revision threshold ${threshold}`);
  const round: RevisionRound = { revise: [], keep: [], ungraded: [] };
  for (const { id, majorityGrade } of proposals) {
    if (majorityGrade === null) round.ungraded.push(id);
    else if (majorityGrade <= threshold) round.revise.push(id);
    else round.keep.push(id);
  }
  return round;
}
