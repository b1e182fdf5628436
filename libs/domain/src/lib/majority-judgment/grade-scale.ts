/**
 * A majority-judgment scale is an ordered list of words. Grades are the integers 1 (worst) to k (best),
 * so tallies can be stored and compared as plain numbers whatever the words say.
 */
export interface GradeLabels {
  fr: string;
  en: string;
}

export interface GradeDefinition extends GradeLabels {
  value: number;
}

/** Worst first: `grades[i].value === i + 1`. */
export interface GradeScale {
  grades: readonly GradeDefinition[];
}

export const MIN_SCALE_GRADES = 3;
export const MAX_SCALE_GRADES = 7;

/** Shown and stored, but by default not a grade: it sits outside the scale. */
export const NO_OPINION_LABELS: GradeLabels = { fr: 'Sans avis', en: 'No opinion' };

export type GradeScaleProblem = 'too-few-grades' | 'too-many-grades' | 'bad-values' | 'empty-label' | 'duplicate-label';

export function gradeScaleProblems(scale: GradeScale): GradeScaleProblem[] {
  const problems: GradeScaleProblem[] = [];
  const grades = scale.grades;
  if (grades.length < MIN_SCALE_GRADES) problems.push('too-few-grades');
  if (grades.length > MAX_SCALE_GRADES) problems.push('too-many-grades');
  if (grades.some((grade, index) => grade.value !== index + 1)) problems.push('bad-values');
  const labels = grades.flatMap((grade) => [grade.fr, grade.en]);
  if (labels.some((label) => typeof label !== 'string' || label.trim() === '')) problems.push('empty-label');
  // Two grades called the same would make a ballot ambiguous; the same word in both languages is fine.
  for (const language of ['fr', 'en'] as const) {
    const words = grades.map((grade) =>
      String(grade[language] ?? '')
        .trim()
        .toLocaleLowerCase(),
    );
    if (new Set(words).size !== words.length && !problems.includes('duplicate-label')) problems.push('duplicate-label');
  }
  return problems;
}

/** Builds a scale from its labels, worst first; throws when the scale is unusable. */
export function defineGradeScale(labelsWorstFirst: readonly GradeLabels[]): GradeScale {
  const scale: GradeScale = {
    grades: labelsWorstFirst.map((labels, index) => ({ value: index + 1, fr: labels.fr, en: labels.en })),
  };
  const problems = gradeScaleProblems(scale);
  if (problems.length > 0) throw new RangeError(`Invalid grade scale: ${problems.join(', ')}`);
  return scale;
}

export const DEFAULT_GRADE_SCALE: GradeScale = defineGradeScale([
  { fr: 'À rejeter', en: 'Reject' },
  { fr: 'Passable', en: 'Fair' },
  { fr: 'Bien', en: 'Good' },
  { fr: 'Très bien', en: 'Very good' },
  { fr: 'Excellent', en: 'Excellent' },
]);

export function isGradeOf(scale: GradeScale, value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= scale.grades.length;
}

export function gradeLabel(scale: GradeScale, grade: number, language: 'fr' | 'en' = 'fr'): string {
  if (!isGradeOf(scale, grade)) throw new RangeError(`Grade ${grade} is not on this scale`);
  return scale.grades[grade - 1][language];
}
