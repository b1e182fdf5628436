import { defineGradeScale } from './grade-scale';
import { compareMajorityValues } from './median-removal';
import { majorityJudgmentResult } from './proposal-result';
import { ProposalToRank, rankMajorityJudgment } from './ranking';

/** mulberry32: tiny, seeded, good enough to explore tallies reproducibly. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const integer = (random: () => number, below: number) => Math.floor(random() * below);

/** Small counts concentrated on few grades, so that ties at every level come up often. */
function randomCounts(random: () => number, grades: number, maxPerGrade = 4): number[] {
  const used = 1 + integer(random, grades);
  const counts = Array.from({ length: grades }, () => 0);
  for (let i = 0; i < used; i++) counts[integer(random, grades)] += integer(random, maxPerGrade + 1);
  return counts;
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = integer(random, i + 1);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const scaleOf = (count: number) =>
  defineGradeScale(Array.from({ length: count }, (_, i) => ({ fr: `N${i + 1}`, en: `G${i + 1}` })));
const asRecord = (counts: readonly number[]) => Object.fromEntries(counts.map((count, i) => [i + 1, count]));

/**
 * The rule of majority-judgment.md followed word for word on sorted lists of ballots:
 * an independent oracle for the count-based implementation.
 */
function literalComparison(a: readonly number[], b: readonly number[]): number {
  const expand = (counts: readonly number[]) => counts.flatMap((count, i) => Array(count).fill(i + 1) as number[]);
  const left = expand(a);
  const right = expand(b);
  if (left.length === 0 || right.length === 0) return Math.sign(left.length) - Math.sign(right.length);
  const key = (grades: number[]) => {
    const median = grades[Math.ceil(grades.length / 2) - 1];
    const above = grades.filter((g) => g > median).length;
    const below = grades.filter((g) => g < median).length;
    return { median, plus: above > below, share: above > below ? above : below, n: grades.length };
  };
  while (left.length > 0 && right.length > 0) {
    const x = key(left);
    const y = key(right);
    if (x.median !== y.median) return Math.sign(x.median - y.median);
    if (x.plus !== y.plus) return x.plus ? 1 : -1;
    const difference = x.share * y.n - y.share * x.n;
    if (difference !== 0) return x.plus ? Math.sign(difference) : -Math.sign(difference);
    left.splice(Math.ceil(left.length / 2) - 1, 1);
    right.splice(Math.ceil(right.length / 2) - 1, 1);
  }
  return 0;
}

describe('seededRandom', () => {
  it('repeats itself for a seed and stays in [0, 1)', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => first());
    expect(values).toEqual(Array.from({ length: 1000 }, () => second()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });
});

describe('properties of the comparison', () => {
  const random = seededRandom(20240312);

  it('has an oracle that reproduces the worked example', () => {
    const [a, b, c] = [
      [0, 1, 1, 2, 3],
      [0, 0, 2, 3, 2],
      [3, 0, 0, 0, 4],
    ];
    expect([literalComparison(c, a), literalComparison(a, b), literalComparison(b, c)]).toEqual([1, 1, -1]);
  });

  it('agrees with the literal rule on equal sizes (the positional shortcut)', () => {
    let decidedByRemoval = 0;
    for (let run = 0; run < 4000; run++) {
      const grades = 3 + integer(random, 5);
      const a = randomCounts(random, grades);
      const b = [...a];
      // Move a few grades around so that sizes stay equal and medians often agree.
      for (let moves = integer(random, 3); moves >= 0; moves--) {
        const from = integer(random, grades);
        if (b[from] > 0) {
          b[from]--;
          b[integer(random, grades)]++;
        }
      }
      const result = compareMajorityValues(a, b);
      expect([run, result.order]).toEqual([run, literalComparison(a, b)]);
      if (result.level === 'median-removal') decidedByRemoval++;
    }
    expect(decidedByRemoval).toBeGreaterThan(50);
  });

  it('agrees with the literal rule applied at equal size on different sizes', () => {
    let decidedByRemoval = 0;
    const sizeOf = (counts: number[]) => counts.reduce((sum, n) => sum + n, 0);
    for (let run = 0; run < 600; run++) {
      const grades = 3 + integer(random, 5);
      const a = randomCounts(random, grades, 3);
      // A multiple of a, nudged: the same gauge over a different size comes up often.
      const b = a.map((count) => count * (1 + integer(random, 3)));
      if (random() < 0.5) b[integer(random, grades)] += 1;
      const [nA, nB] = [sizeOf(a), sizeOf(b)];
      // Scaling by a size of 0 would empty both: ungraded proposals have their own rule (ranked last).
      if (nA === 0 || nB === 0) continue;
      const result = compareMajorityValues(a, b);
      const oracle = literalComparison(
        a.map((count) => count * nB),
        b.map((count) => count * nA),
      );
      expect([run, result.order]).toEqual([run, oracle]);
      if (result.level === 'median-removal') decidedByRemoval++;
    }
    expect(decidedByRemoval).toBeGreaterThan(5);
  });

  it('ties the same proportions whatever the sizes, and leaves equal sizes unchanged', () => {
    for (let run = 0; run < 2000; run++) {
      const grades = 3 + integer(random, 5);
      const a = randomCounts(random, grades);
      const k = 2 + integer(random, 50);
      expect([run, compareMajorityValues(a, a.map((count) => count * k)).level]).toEqual([run, 'tie']);
      const b = randomCounts(random, grades);
      const sizeA = a.reduce((sum, n) => sum + n, 0);
      if (sizeA === b.reduce((sum, n) => sum + n, 0) && sizeA > 0) {
        expect([run, compareMajorityValues(a, b).order]).toEqual([run, literalComparison(a, b)]);
      }
    }
  });

  it('is antisymmetric', () => {
    for (let run = 0; run < 2000; run++) {
      const a = randomCounts(random, 5);
      const b = randomCounts(random, 5);
      expect(compareMajorityValues(a, b).order).toBe(-compareMajorityValues(b, a).order || 0);
    }
  });

  it('is transitive', () => {
    for (let run = 0; run < 3000; run++) {
      const [a, b, c] = [randomCounts(random, 3, 2), randomCounts(random, 3, 2), randomCounts(random, 3, 2)];
      const ab = compareMajorityValues(a, b).order;
      const bc = compareMajorityValues(b, c).order;
      const ac = compareMajorityValues(a, c).order;
      if (ab >= 0 && bc >= 0) expect(ac).toBeGreaterThanOrEqual(0);
      if (ab === 0 && bc === 0) expect(ac).toBe(0);
    }
  });
});

describe('properties of the ranking', () => {
  const random = seededRandom(34000);
  const randomProposals = (count: number, grades = 5): ProposalToRank[] =>
    Array.from({ length: count }, (_, i) => ({
      id: `p${i}`,
      createdOrder: integer(random, count),
      tally: { counts: asRecord(randomCounts(random, grades, 3)) },
    }));

  it('is a total order that does not depend on the input order', () => {
    for (let run = 0; run < 200; run++) {
      const proposals = randomProposals(12);
      const reference = rankMajorityJudgment(proposals).map((p) => p.id);
      for (let attempt = 0; attempt < 5; attempt++) {
        expect(rankMajorityJudgment(shuffled(proposals, random)).map((p) => p.id)).toEqual(reference);
      }
    }
  });

  it('never puts a proposal above one it loses to', () => {
    for (let run = 0; run < 200; run++) {
      const grades = 3 + integer(random, 5);
      const ranking = rankMajorityJudgment(randomProposals(10, grades), { scale: scaleOf(grades) });
      for (let i = 1; i < ranking.length; i++) {
        const before = Object.values(ranking[i - 1].result.counts);
        const after = Object.values(ranking[i].result.counts);
        expect(compareMajorityValues(before, after).order).toBeGreaterThanOrEqual(0);
        expect(ranking[i].tiedWithPrevious).toBe(compareMajorityValues(before, after).order === 0);
      }
    }
  });

  it('adding a grade above the majority grade never lowers the rank, below never raises it', () => {
    for (let run = 0; run < 400; run++) {
      const proposals = randomProposals(8);
      const target = integer(random, proposals.length);
      const counts = { ...proposals[target].tally.counts } as Record<number, number>;
      const alpha = majorityJudgmentResult({ counts }).majorityGrade;
      const positionOf = (list: ProposalToRank[]) =>
        rankMajorityJudgment(list).findIndex((p) => p.id === proposals[target].id);
      const before = positionOf(proposals);
      const withGrade = (grade: number) =>
        proposals.map((p, i) =>
          i === target ? { ...p, tally: { counts: { ...counts, [grade]: (counts[grade] ?? 0) + 1 } } } : p,
        );
      if (alpha === null) {
        expect(positionOf(withGrade(1 + integer(random, 5)))).toBeLessThanOrEqual(before);
        continue;
      }
      if (alpha < 5) expect(positionOf(withGrade(alpha + 1 + integer(random, 5 - alpha)))).toBeLessThanOrEqual(before);
      if (alpha > 1) expect(positionOf(withGrade(1 + integer(random, alpha - 1)))).toBeGreaterThanOrEqual(before);
    }
  });

  it('gives the same majority grade and gauge when every count is multiplied', () => {
    for (let run = 0; run < 500; run++) {
      const counts = randomCounts(random, 5);
      const factor = 2 + integer(random, 1000);
      const once = majorityJudgmentResult({ counts: asRecord(counts) });
      const scaled = majorityJudgmentResult({ counts: asRecord(counts.map((c) => c * factor)) });
      expect(scaled.majorityGrade).toBe(once.majorityGrade);
      expect(scaled.gauge?.sign).toBe(once.gauge?.sign);
      expect(scaled.gauge?.share ?? 0).toBeCloseTo(once.gauge?.share ?? 0, 12);
    }
  });

  it('keeps the majority grade a lower median: at least half at or below, fewer than half strictly below', () => {
    for (let run = 0; run < 500; run++) {
      const counts = randomCounts(random, 7, 6);
      const result = majorityJudgmentResult({ counts: asRecord(counts) }, { scale: scaleOf(7) });
      if (result.n === 0) continue;
      const alpha = result.majorityGrade as number;
      const atOrBelow = counts.slice(0, alpha).reduce((s, c) => s + c, 0);
      const below = counts.slice(0, alpha - 1).reduce((s, c) => s + c, 0);
      expect(atOrBelow * 2).toBeGreaterThanOrEqual(result.n);
      expect(below * 2).toBeLessThan(result.n + 1);
      expect(below).toBeLessThan(Math.ceil(result.n / 2));
      expect((result.gauge?.p ?? 0) + (result.gauge?.q ?? 0)).toBeLessThanOrEqual(1);
    }
  });
});
