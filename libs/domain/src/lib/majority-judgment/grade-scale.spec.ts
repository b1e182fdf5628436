import {
  DEFAULT_GRADE_SCALE,
  defineGradeScale,
  gradeLabel,
  gradeScaleProblems,
  isGradeOf,
  MAX_SCALE_GRADES,
  MIN_SCALE_GRADES,
  NO_OPINION_LABELS,
} from './grade-scale';

const labels = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ fr: `Note ${i + 1}`, en: `Grade ${i + 1}` }));

describe('DEFAULT_GRADE_SCALE', () => {
  it('has the five grades of majority-judgment.md, worst first', () => {
    expect(DEFAULT_GRADE_SCALE.grades).toEqual([
      { value: 1, fr: 'À rejeter', en: 'Reject' },
      { value: 2, fr: 'Passable', en: 'Fair' },
      { value: 3, fr: 'Bien', en: 'Good' },
      { value: 4, fr: 'Très bien', en: 'Very good' },
      { value: 5, fr: 'Excellent', en: 'Excellent' },
    ]);
  });
  it('is valid', () => {
    expect(gradeScaleProblems(DEFAULT_GRADE_SCALE)).toEqual([]);
  });
  it('labels grades in both languages', () => {
    expect(gradeLabel(DEFAULT_GRADE_SCALE, 5)).toBe('Excellent');
    expect(gradeLabel(DEFAULT_GRADE_SCALE, 4, 'fr')).toBe('Très bien');
    expect(gradeLabel(DEFAULT_GRADE_SCALE, 4, 'en')).toBe('Very good');
    expect(gradeLabel(DEFAULT_GRADE_SCALE, 1, 'en')).toBe('Reject');
  });
  it('keeps "no opinion" off the scale', () => {
    expect(NO_OPINION_LABELS).toEqual({ fr: 'Sans avis', en: 'No opinion' });
    expect(DEFAULT_GRADE_SCALE.grades.map((grade) => grade.fr)).not.toContain('Sans avis');
  });
});

describe('defineGradeScale', () => {
  it.each([3, 4, 5, 6, 7])('accepts %i grades and numbers them 1..k worst first', (count) => {
    const scale = defineGradeScale(labels(count));
    expect(scale.grades.map((grade) => grade.value)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(scale.grades[count - 1].en).toBe(`Grade ${count}`);
  });
  it('refuses fewer than 3 or more than 7 grades', () => {
    expect(MIN_SCALE_GRADES).toBe(3);
    expect(MAX_SCALE_GRADES).toBe(7);
    expect(() => defineGradeScale(labels(2))).toThrow(/too-few-grades/);
    expect(() => defineGradeScale(labels(8))).toThrow(/too-many-grades/);
    expect(() => defineGradeScale([])).toThrow(RangeError);
  });
  it('refuses empty labels', () => {
    expect(() =>
      defineGradeScale([
        { fr: 'Bof', en: 'Meh' },
        { fr: ' ', en: 'Ok' },
        { fr: 'Top', en: 'Top' },
      ]),
    ).toThrow(/empty-label/);
  });
  it('refuses two grades with the same word in one language, whatever the case', () => {
    expect(() =>
      defineGradeScale([
        { fr: 'Bien', en: 'A' },
        { fr: 'bien', en: 'B' },
        { fr: 'Top', en: 'C' },
      ]),
    ).toThrow(/duplicate-label/);
  });
  it('allows the same word in both languages', () => {
    expect(() =>
      defineGradeScale([
        { fr: 'Non', en: 'No' },
        { fr: 'Neutre', en: 'Neutral' },
        { fr: 'Excellent', en: 'Excellent' },
      ]),
    ).not.toThrow();
  });
});

describe('gradeScaleProblems', () => {
  it('catches values that are not 1..k in order', () => {
    const scale = {
      grades: [
        { value: 0, fr: 'a', en: 'a' },
        { value: 1, fr: 'b', en: 'b' },
        { value: 2, fr: 'c', en: 'c' },
      ],
    };
    expect(gradeScaleProblems(scale)).toEqual(['bad-values']);
  });
  it('lists every problem at once', () => {
    const scale = {
      grades: [
        { value: 1, fr: '', en: 'x' },
        { value: 3, fr: 'y', en: 'x' },
      ],
    };
    expect(gradeScaleProblems(scale)).toEqual(['too-few-grades', 'bad-values', 'empty-label', 'duplicate-label']);
  });
});

describe('isGradeOf and gradeLabel', () => {
  const three = defineGradeScale(labels(3));
  it('accepts only the integers of the scale', () => {
    expect([1, 2, 3].every((grade) => isGradeOf(three, grade))).toBe(true);
    expect([0, 4, 2.5, NaN, '2', null].some((grade) => isGradeOf(three, grade))).toBe(false);
  });
  it('refuses to label a grade that is not on the scale', () => {
    expect(() => gradeLabel(three, 4)).toThrow(RangeError);
  });
});
