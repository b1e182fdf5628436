import { DEFAULT_GRADE_SCALE, GradeScale, isGradeOf } from './grade-scale';

/**
 * What the database hands over: how many ballots gave each grade, plus the "no opinion" ballots.
 * Counts, never lists of ballots, so a proposal with millions of grades costs as much as one with ten.
 */
export interface GradeTally {
  counts: Readonly<Record<number, number>>;
  noOpinion?: number;
}

/** How a stored majority-judgment ballot says "no opinion" (grades are 1..k). */
export const NO_OPINION_STORED = 0;

/**
 * Stored values (value → number of ballots) as the rules take them: grades of the scale as counts,
 * 0 as "no opinion". A value off the scale cannot be cast (the scale freezes with the first ballot);
 * one left by an older version is not a grade and is left out, so a result is never an error. The
 * API and the independent verifier both read ballots through this one rule.
 */
export function gradeTallyFromValues(values: ReadonlyMap<number, number>, scale: GradeScale): GradeTally {
  const counts: Record<number, number> = {};
  for (const [value, n] of values) if (value !== NO_OPINION_STORED && isGradeOf(scale, value)) counts[value] = n;
  return { counts, noOpinion: values.get(NO_OPINION_STORED) ?? 0 };
}

/** "No opinion" is left out by default; a consultation may read it as the lowest grade instead. */
export type NoOpinionPolicy = 'exclude' | 'lowest';

export interface MajorityJudgmentOptions {
  scale?: GradeScale;
  noOpinion?: NoOpinionPolicy;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The counts the rules work on, worst grade first (`result[g - 1]` is the count of grade g),
 * after applying the no-opinion policy. Throws on counts no honest tally can produce.
 */
export function countsByGrade(tally: GradeTally, options: MajorityJudgmentOptions = {}): number[] {
  const scale = options.scale ?? DEFAULT_GRADE_SCALE;
  const counts = scale.grades.map(() => 0);
  for (const [key, count] of Object.entries(tally.counts)) {
    const grade = Number(key);
    if (!isGradeOf(scale, grade)) throw new RangeError(`Grade ${key} is not on this scale`);
    if (!isCount(count)) throw new RangeError(`Count for grade ${key} must be a non-negative integer`);
    counts[grade - 1] += count;
  }
  const noOpinion = tally.noOpinion ?? 0;
  if (!isCount(noOpinion)) throw new RangeError('The no-opinion count must be a non-negative integer');
  if (options.noOpinion === 'lowest') counts[0] += noOpinion;
  return counts;
}
