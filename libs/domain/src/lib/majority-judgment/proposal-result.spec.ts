import { defineGradeScale } from './grade-scale';
import { countsByGrade } from './grade-tally';
import { majorityJudgmentResult } from './proposal-result';

const scaleOf = (count: number) =>
  defineGradeScale(Array.from({ length: count }, (_, i) => ({ fr: `N${i + 1}`, en: `G${i + 1}` })));

describe('majorityJudgmentResult: the worked example of majority-judgment.md', () => {
  it('C: 5×4, 1×3 gives (5, −, 3/7)', () => {
    const result = majorityJudgmentResult({ counts: { 5: 4, 1: 3 } });
    expect(result.n).toBe(7);
    expect(result.majorityGrade).toBe(5);
    expect(result.gauge).toEqual({ grade: 5, sign: '-', share: 3 / 7, p: 0, q: 3 / 7, above: 0, below: 3 });
  });
  it('A: 5×3, 4×2, 3×1, 2×1 gives (4, +, 3/7)', () => {
    const result = majorityJudgmentResult({ counts: { 5: 3, 4: 2, 3: 1, 2: 1 } });
    expect(result.n).toBe(7);
    expect(result.majorityGrade).toBe(4);
    expect(result.gauge).toEqual({ grade: 4, sign: '+', share: 3 / 7, p: 3 / 7, q: 2 / 7, above: 3, below: 2 });
  });
  it('B: 5×2, 4×3, 3×2 gives (4, −, 2/7): p = q is a − gauge', () => {
    const result = majorityJudgmentResult({ counts: { 5: 2, 4: 3, 3: 2 } });
    expect(result.majorityGrade).toBe(4);
    expect(result.gauge).toEqual({ grade: 4, sign: '-', share: 2 / 7, p: 2 / 7, q: 2 / 7, above: 2, below: 2 });
  });
});

describe('majorityJudgmentResult: counts and merit profile', () => {
  it('lists every grade of the scale, absent ones at 0, and the profile as shares', () => {
    const result = majorityJudgmentResult({ counts: { 5: 1, 3: 3 } });
    expect(result.counts).toEqual({ 1: 0, 2: 0, 3: 3, 4: 0, 5: 1 });
    expect(result.profile).toEqual({ 1: 0, 2: 0, 3: 0.75, 4: 0, 5: 0.25 });
  });
  it('has a profile summing to 1', () => {
    const result = majorityJudgmentResult({ counts: { 1: 13, 2: 7, 3: 29, 4: 1, 5: 3 } });
    const total = Object.values(result.profile).reduce((sum, share) => sum + share, 0);
    expect(total).toBeCloseTo(1, 12);
  });
  it('accepts zero counts and string keys as a database row would give them', () => {
    const counts = JSON.parse('{"1":0,"4":2}') as Record<number, number>;
    expect(majorityJudgmentResult({ counts }).majorityGrade).toBe(4);
  });
  it('refuses grades off the scale and impossible counts', () => {
    expect(() => majorityJudgmentResult({ counts: { 6: 1 } })).toThrow(RangeError);
    expect(() => majorityJudgmentResult({ counts: { 0: 1 } })).toThrow(RangeError);
    expect(() => majorityJudgmentResult({ counts: { 3: -1 } })).toThrow(RangeError);
    expect(() => majorityJudgmentResult({ counts: { 3: 1.5 } })).toThrow(RangeError);
    expect(() => majorityJudgmentResult({ counts: { 3: 1 }, noOpinion: -2 })).toThrow(RangeError);
  });
});

describe('majorityJudgmentResult: majority grade is the lower median', () => {
  it('odd n: the middle grade', () => {
    expect(majorityJudgmentResult({ counts: { 1: 2, 3: 1, 5: 2 } }).majorityGrade).toBe(3);
  });
  it('even n: the lower of the two middle grades (position n/2)', () => {
    expect(majorityJudgmentResult({ counts: { 2: 2, 4: 2 } }).majorityGrade).toBe(2);
    expect(majorityJudgmentResult({ counts: { 2: 1, 3: 1, 4: 1, 5: 1 } }).majorityGrade).toBe(3);
    expect(majorityJudgmentResult({ counts: { 2: 2, 4: 3 } }).majorityGrade).toBe(4);
  });
  it('even n with a gauge: 2,2,4,4 is (2, +, 1/2)', () => {
    expect(majorityJudgmentResult({ counts: { 2: 2, 4: 2 } }).gauge).toMatchObject({ sign: '+', p: 0.5, q: 0 });
  });
  it('n = 1: the only grade, with an empty gauge', () => {
    const result = majorityJudgmentResult({ counts: { 2: 1 } });
    expect(result.n).toBe(1);
    expect(result.majorityGrade).toBe(2);
    expect(result.gauge).toEqual({ grade: 2, sign: '-', share: 0, p: 0, q: 0, above: 0, below: 0 });
    expect(result.profile[2]).toBe(1);
  });
  it('n = 0: no majority grade, no gauge, a profile of zeros', () => {
    const result = majorityJudgmentResult({ counts: {} });
    expect(result).toEqual({
      n: 0,
      noOpinion: 0,
      counts: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      profile: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 },
      majorityGrade: null,
      gauge: null,
    });
  });
  it('all grades equal: that grade, p = q = 0, a − gauge', () => {
    const result = majorityJudgmentResult({ counts: { 3: 1000 } });
    expect(result.majorityGrade).toBe(3);
    expect(result.gauge).toMatchObject({ sign: '-', share: 0, p: 0, q: 0 });
  });
  it('a bare majority of rejections is enough to reject', () => {
    expect(majorityJudgmentResult({ counts: { 1: 3, 5: 3 } }).majorityGrade).toBe(1);
    expect(majorityJudgmentResult({ counts: { 1: 3, 5: 4 } }).majorityGrade).toBe(5);
  });
  it('works from counts of millions of ballots', () => {
    const result = majorityJudgmentResult({ counts: { 1: 4_000_000, 3: 1_000_001, 5: 3_999_999 } });
    expect(result.n).toBe(9_000_000);
    expect(result.majorityGrade).toBe(3);
    expect(result.gauge).toMatchObject({ sign: '-', above: 3_999_999, below: 4_000_000 });
  });
});

describe('"no opinion"', () => {
  const tally = { counts: { 4: 2, 5: 1 }, noOpinion: 3 };
  it('is excluded by default: n counts only real grades, and it is still reported', () => {
    const result = majorityJudgmentResult(tally);
    expect(result.n).toBe(3);
    expect(result.noOpinion).toBe(3);
    expect(result.majorityGrade).toBe(4);
    expect(result.counts[1]).toBe(0);
  });
  it('may count as the lowest grade', () => {
    const result = majorityJudgmentResult(tally, { noOpinion: 'lowest' });
    expect(result.n).toBe(6);
    expect(result.noOpinion).toBe(3);
    expect(result.counts).toEqual({ 1: 3, 2: 0, 3: 0, 4: 2, 5: 1 });
    expect(result.majorityGrade).toBe(1);
    expect(result.gauge).toMatchObject({ sign: '+', p: 0.5, q: 0 });
  });
  it('adds to real lowest grades when counted', () => {
    expect(countsByGrade({ counts: { 1: 2, 3: 1 }, noOpinion: 4 }, { noOpinion: 'lowest' })).toEqual([6, 0, 1, 0, 0]);
    expect(countsByGrade({ counts: { 1: 2, 3: 1 }, noOpinion: 4 }, { noOpinion: 'exclude' })).toEqual([2, 0, 1, 0, 0]);
  });
  it('alone gives n = 0 when excluded, the lowest grade when counted', () => {
    expect(majorityJudgmentResult({ counts: {}, noOpinion: 5 }).majorityGrade).toBeNull();
    expect(majorityJudgmentResult({ counts: {}, noOpinion: 5 }, { noOpinion: 'lowest' }).majorityGrade).toBe(1);
  });
});

describe('custom scales', () => {
  it('3 grades', () => {
    const scale = scaleOf(3);
    const result = majorityJudgmentResult({ counts: { 1: 1, 2: 1, 3: 2 } }, { scale });
    expect(result.counts).toEqual({ 1: 1, 2: 1, 3: 2 });
    expect(result.majorityGrade).toBe(2);
    expect(result.gauge).toMatchObject({ sign: '+', p: 0.5, q: 0.25 });
    expect(() => majorityJudgmentResult({ counts: { 4: 1 } }, { scale })).toThrow(RangeError);
  });
  it('7 grades', () => {
    const scale = scaleOf(7);
    const result = majorityJudgmentResult({ counts: { 7: 3, 6: 1, 2: 2, 1: 1 } }, { scale });
    expect(result.n).toBe(7);
    expect(result.majorityGrade).toBe(6);
    expect(result.gauge).toMatchObject({ sign: '-', p: 3 / 7, q: 3 / 7 });
    expect(Object.keys(result.counts)).toHaveLength(7);
  });
  it('7 grades with no opinion as the lowest', () => {
    const scale = scaleOf(7);
    const result = majorityJudgmentResult({ counts: { 7: 2 }, noOpinion: 2 }, { scale, noOpinion: 'lowest' });
    expect(result.counts[1]).toBe(2);
    expect(result.majorityGrade).toBe(1);
  });
});
