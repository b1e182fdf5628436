import { defineGradeScale } from './grade-scale';
import { GradeTally } from './grade-tally';
import { compareGaugeKeys, gaugeKey } from './majority-gauge';
import { compareMajorityValues } from './median-removal';
import { ProposalToRank, rankMajorityJudgment } from './ranking';

const proposal = (
  id: string,
  counts: Record<number, number>,
  createdOrder = 0,
  noOpinion?: number,
): ProposalToRank => ({
  id,
  createdOrder,
  tally: { counts, noOpinion } as GradeTally,
});
const order = (proposals: ProposalToRank[], options = {}) => rankMajorityJudgment(proposals, options).map((p) => p.id);
const dense = (counts: Record<number, number>, size = 5) => Array.from({ length: size }, (_, i) => counts[i + 1] ?? 0);
const compare = (a: Record<number, number>, b: Record<number, number>) => compareMajorityValues(dense(a), dense(b));

const A = { 5: 3, 4: 2, 3: 1, 2: 1 };
const B = { 5: 2, 4: 3, 3: 2 };
const C = { 5: 4, 1: 3 };

describe('rankMajorityJudgment: the worked example', () => {
  it('ranks C, A, B', () => {
    const ranking = rankMajorityJudgment([proposal('A', A, 1), proposal('B', B, 2), proposal('C', C, 3)]);
    expect(ranking.map((p) => [p.id, p.position, p.rank, p.decidedBy, p.tiedWithPrevious])).toEqual([
      ['C', 1, 1, null, false],
      ['A', 2, 2, 'majority-grade', false],
      ['B', 3, 3, 'gauge-sign', false],
    ]);
    expect(ranking[1].result.gauge).toMatchObject({ grade: 4, sign: '+', p: 3 / 7 });
  });
  it('gives the same order whatever the input order', () => {
    const all = [proposal('A', A, 1), proposal('B', B, 2), proposal('C', C, 3)];
    expect(order([...all].reverse())).toEqual(['C', 'A', 'B']);
    expect(order([all[1], all[2], all[0]])).toEqual(['C', 'A', 'B']);
  });
});

describe('each tie level', () => {
  it('1. a higher majority grade first', () => {
    expect(compare({ 4: 2, 1: 1 }, { 3: 3 })).toEqual({ order: 1, level: 'majority-grade' });
    expect(order([proposal('low', { 3: 9 }), proposal('high', { 4: 2, 1: 1 })])).toEqual(['high', 'low']);
  });
  it('2a. same grade: a + gauge beats a − gauge', () => {
    expect(compare(B, A)).toEqual({ order: -1, level: 'gauge-sign' });
  });
  it('2b. two + gauges: the larger p first', () => {
    // (4, +, 2/5) against (4, +, 1/5)
    expect(compare({ 3: 1, 4: 2, 5: 2 }, { 4: 4, 5: 1 })).toEqual({ order: 1, level: 'gauge-share' });
  });
  it('2c. two − gauges: the smaller q first', () => {
    // (4, −, 1/5) against (4, −, 2/5)
    expect(compare({ 3: 1, 4: 4 }, { 3: 2, 4: 3 })).toEqual({ order: 1, level: 'gauge-share' });
  });
  it('2. compares shares exactly across different sizes', () => {
    // (4, +, 1/3) and (4, +, 2/6) are the same gauge
    const first = gaugeKey(dense({ 4: 2, 5: 1 }));
    const second = gaugeKey(dense({ 4: 4, 5: 2 }));
    expect(compareGaugeKeys(first!, second!)).toEqual({ order: 0, level: 'tie' });
  });
  it('3. same size, same gauge: repeated median removal decides', () => {
    // Both (4, −, 1/5), then (4, −, 1/4), (4, −, 1/3); then medians 3 against 1.
    expect(compare({ 3: 1, 4: 3, 5: 1 }, { 1: 1, 4: 3, 5: 1 })).toEqual({ order: 1, level: 'median-removal' });
    const ranking = rankMajorityJudgment([
      proposal('worse', { 1: 1, 4: 3, 5: 1 }, 1),
      proposal('better', { 3: 1, 4: 3, 5: 1 }, 2),
    ]);
    expect(ranking.map((p) => [p.id, p.decidedBy])).toEqual([
      ['better', null],
      ['worse', 'median-removal'],
    ]);
  });
  it('3. same size: a difference on the upper side', () => {
    expect(compare({ 2: 1, 3: 2, 5: 2 }, { 2: 1, 3: 2, 4: 1, 5: 1 })).toEqual({ order: 1, level: 'median-removal' });
  });
  it('3. different sizes, same proportions: a tie at equal size, whatever the turnout', () => {
    // (4, −, 1/4) and (4, −, 2/8): raw removals gave (4, −, 1/3) against (4, −, 2/7) and ranked them.
    expect(compare({ 3: 1, 4: 2, 5: 1 }, { 3: 2, 4: 4, 5: 2 })).toEqual({ order: 0, level: 'tie' });
    // The case: 1×4, 1×5 against 10×4, 10×5.
    expect(compare({ 4: 1, 5: 1 }, { 4: 10, 5: 10 })).toEqual({ order: 0, level: 'tie' });
  });
  it('3. different sizes, same gauge, different profiles: compared at equal size', () => {
    // (4, −, 1/3) both; scaled to 15 grades each, A = 3: 5, 4: 5, 5: 5 against B = 2: 3, 3: 2, 4: 5, 5: 5.
    expect(compare({ 3: 1, 4: 1, 5: 1 }, { 2: 3, 3: 2, 4: 5, 5: 5 })).toEqual({ order: 1, level: 'median-removal' });
  });
  it('4. identical grades: a tie, ordered by creation, flagged', () => {
    const ranking = rankMajorityJudgment([proposal('late', A, 20), proposal('early', A, 10), proposal('last', B, 5)]);
    expect(ranking.map((p) => [p.id, p.position, p.rank, p.tiedWithPrevious, p.tied, p.decidedBy])).toEqual([
      ['early', 1, 1, false, true, null],
      ['late', 2, 1, true, true, 'tie'],
      ['last', 3, 3, false, false, 'gauge-sign'],
    ]);
  });
  it('4. all grades equal with different sizes: a tie once the smaller runs out', () => {
    expect(compare({ 4: 3 }, { 4: 5 })).toEqual({ order: 0, level: 'tie' });
  });
  it('4. creation order ties fall back to the id, so the order is total', () => {
    expect(order([proposal('b', A, 1), proposal('a', A, 1)])).toEqual(['a', 'b']);
  });
});

describe('proposals nobody graded', () => {
  it('rank last, after a proposal everyone rejects', () => {
    const ranking = rankMajorityJudgment([proposal('empty', {}, 1), proposal('rejected', { 1: 10 }, 2)]);
    expect(ranking.map((p) => [p.id, p.decidedBy])).toEqual([
      ['rejected', null],
      ['empty', 'majority-grade'],
    ]);
    expect(ranking[1].result.majorityGrade).toBeNull();
  });
  it('tie among themselves', () => {
    const ranking = rankMajorityJudgment([proposal('x', {}, 2), proposal('y', {}, 1, 4)]);
    expect(ranking.map((p) => [p.id, p.rank, p.tiedWithPrevious])).toEqual([
      ['y', 1, false],
      ['x', 1, true],
    ]);
  });
  it('rank by their no-opinion ballots when those count as the lowest grade', () => {
    const ranking = rankMajorityJudgment([proposal('silent', {}, 1, 4), proposal('liked', { 5: 3 }, 2, 4)], {
      noOpinion: 'lowest',
    });
    expect(ranking.map((p) => [p.id, p.result.majorityGrade])).toEqual([
      ['liked', 1],
      ['silent', 1],
    ]);
    expect(ranking[1].decidedBy).toBe('gauge-sign');
  });
});

describe('"no opinion" changes the ranking only when it counts', () => {
  const many = proposal('loved-by-few', { 5: 2 }, 1, 10);
  const broad = proposal('liked-by-all', { 4: 12 }, 2, 0);
  it('excluded: two Excellent beat twelve Very good', () => {
    expect(order([many, broad])).toEqual(['loved-by-few', 'liked-by-all']);
  });
  it('as the lowest grade: the silent majority drags it down', () => {
    expect(order([many, broad], { noOpinion: 'lowest' })).toEqual(['liked-by-all', 'loved-by-few']);
  });
});

describe('custom scales', () => {
  const scaleOf = (count: number) =>
    defineGradeScale(Array.from({ length: count }, (_, i) => ({ fr: `N${i + 1}`, en: `G${i + 1}` })));
  it('3 grades', () => {
    const scale = scaleOf(3);
    expect(
      order([proposal('a', { 1: 1, 2: 2 }, 1), proposal('b', { 2: 2, 3: 1 }, 2), proposal('c', { 3: 2, 1: 1 }, 3)], {
        scale,
      }),
    ).toEqual(['c', 'b', 'a']);
  });
  it('7 grades', () => {
    const scale = scaleOf(7);
    const ranking = rankMajorityJudgment(
      [
        proposal('a', { 6: 3, 7: 2, 1: 2 }, 1),
        proposal('b', { 6: 3, 7: 1, 5: 3 }, 2),
        proposal('c', { 7: 4, 1: 3 }, 3),
      ],
      { scale },
    );
    expect(ranking.map((p) => [p.id, p.result.majorityGrade, p.decidedBy])).toEqual([
      ['c', 7, null],
      ['a', 6, 'majority-grade'], // (6, −, 2/7)
      ['b', 6, 'gauge-share'], // (6, −, 3/7)
    ]);
  });
});

describe('input checks', () => {
  it('refuses the same proposal twice', () => {
    expect(() => rankMajorityJudgment([proposal('a', A), proposal('a', B)])).toThrow(RangeError);
  });
  it('ranks an empty list', () => {
    expect(rankMajorityJudgment([])).toEqual([]);
  });
});

describe('scale', () => {
  it('ranks proposals with millions of grades whose medians agree over a long band', () => {
    const big = 5_000_000;
    const started = Date.now();
    expect(compare({ 3: 1, 4: big, 5: 1 }, { 2: 1, 4: big, 5: 1 })).toEqual({ order: 1, level: 'median-removal' });
    expect(compare({ 4: big }, { 4: big + 1 })).toEqual({ order: 0, level: 'tie' });
    expect(compare({ 2: big, 5: big }, { 2: big, 5: big })).toEqual({ order: 0, level: 'tie' });
    const proposals = Array.from({ length: 2000 }, (_, i) =>
      proposal(`p${i}`, { 1: big + (i % 7), 3: big, 5: big + (i % 3) }, i),
    );
    expect(rankMajorityJudgment(proposals)).toHaveLength(2000);
    expect(Date.now() - started).toBeLessThan(2000);
  });
  it('compares shares exactly past 2^53', () => {
    const huge = 2 ** 40;
    expect(compare({ 4: huge, 5: huge - 1 }, { 4: huge + 2, 5: huge - 1 }).order).toBe(1);
  });
});
