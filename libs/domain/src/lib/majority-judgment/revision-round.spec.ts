import { defineGradeScale } from './grade-scale';
import {
  DEFAULT_REVISION_THRESHOLD,
  defaultRevisionThreshold,
  isValidRevisionThreshold,
  revisionRound,
} from './revision-round';

const scaleOf = (count: number) =>
  defineGradeScale(Array.from({ length: count }, (_, i) => ({ fr: `N${i + 1}`, en: `G${i + 1}` })));

describe('revisionRound', () => {
  const proposals = [1, 2, 3, 4, 5].map((grade) => ({ id: `g${grade}`, majorityGrade: grade }));

  it('sends back 3 or below and keeps 4 and 5 by default, as the Montpellier convention did', () => {
    expect(DEFAULT_REVISION_THRESHOLD).toBe(3);
    expect(revisionRound(proposals)).toEqual({ revise: ['g1', 'g2', 'g3'], keep: ['g4', 'g5'], ungraded: [] });
  });
  it('takes the threshold inclusively', () => {
    expect(revisionRound(proposals, 1).revise).toEqual(['g1']);
    expect(revisionRound(proposals, 4).keep).toEqual(['g5']);
  });
  it('neither keeps nor sends back a proposal nobody graded', () => {
    expect(revisionRound([{ id: 'empty', majorityGrade: null }, ...proposals], 3)).toEqual({
      revise: ['g1', 'g2', 'g3'],
      keep: ['g4', 'g5'],
      ungraded: ['empty'],
    });
  });
  it('refuses thresholds that send everything or nothing back', () => {
    expect(() => revisionRound(proposals, 0)).toThrow(RangeError);
    expect(() => revisionRound(proposals, 5)).toThrow(RangeError);
    expect(() => revisionRound(proposals, 2.5)).toThrow(RangeError);
  });
  it('works on custom scales', () => {
    const seven = scaleOf(7);
    expect(
      revisionRound(
        [
          { id: 'a', majorityGrade: 6 },
          { id: 'b', majorityGrade: 4 },
        ],
        4,
        seven,
      ),
    ).toEqual({
      revise: ['b'],
      keep: ['a'],
      ungraded: [],
    });
    expect(() => revisionRound([], 3, scaleOf(3))).toThrow(RangeError);
  });
});

describe('defaultRevisionThreshold', () => {
  it('is the middle grade of the scale', () => {
    expect(defaultRevisionThreshold()).toBe(3);
    expect(defaultRevisionThreshold(scaleOf(3))).toBe(2);
    expect(defaultRevisionThreshold(scaleOf(4))).toBe(2);
    expect(defaultRevisionThreshold(scaleOf(7))).toBe(4);
  });
  it('is always valid for its scale', () => {
    for (const size of [3, 4, 5, 6, 7]) {
      expect(isValidRevisionThreshold(defaultRevisionThreshold(scaleOf(size)), scaleOf(size))).toBe(true);
    }
  });
});
