import { compareGaugeKeys, gaugeKey, GaugeKey, KeyComparison, totalOf } from './majority-gauge';

/**
 * Levels 1 to 3 of the ranking in one comparison. Each proposal yields a sequence of gauges: its
 * own, then the one left after removing one grade equal to its lower median, and so on. Two
 * proposals compare by the first place where their sequences differ; running out of grades while
 * still level is a tie (left to creation order). Proposals of different sizes are compared at
 * equal size (rule 3). Proportional profiles compare alike against any third, so sorting with it
 * never depends on the input order.
 *
 * A proposal with no grade at all has no majority grade and ranks after every graded one.
 */
export function compareMajorityValues(a: readonly number[], b: readonly number[]): KeyComparison {
  const sizeA = totalOf(a);
  const sizeB = totalOf(b);
  if (sizeA === 0 || sizeB === 0) {
    const order = Math.sign(sizeA) - Math.sign(sizeB);
    return { order, level: order === 0 ? 'tie' : 'majority-grade' };
  }
  const first = compareGaugeKeys(gaugeKey(a, sizeA) as GaugeKey, gaugeKey(b, sizeB) as GaugeKey);
  if (first.order !== 0) return first;
  const order = sizeA === sizeB ? compareSameSize(a, b, sizeA) : compareAtEqualSize(a, b, sizeA, sizeB);
  return { order, level: order === 0 ? 'tie' : 'median-removal' };
}

/**
 * With as many grades on both sides, removing lower medians takes the same sorted positions from
 * both, alternating outwards from the centre c = ⌈n/2⌉ (odd n: c, c−1, c+1, c−2…; even n: c, c+1,
 * c−1, c+2…). So the first removal where the medians differ is the position, in that visiting order,
 * closest to the centre where the two sorted lists differ, and the higher grade there wins. Any
 * gauge that differs earlier points the same way (Balinski & Laraki; checked against a literal
 * simulation in the tests). The sorted lists are runs of equal grades, so this costs O(grades).
 */
function compareSameSize(a: readonly number[], b: readonly number[], n: number): number {
  const centre = Math.ceil(n / 2);
  const visitIndex = (position: number): number => {
    const distance = Math.abs(position - centre);
    if (distance === 0) return 0;
    const visitedFirst = n % 2 === 1 ? position < centre : position > centre;
    return visitedFirst ? 2 * distance - 1 : 2 * distance;
  };
  let best = Infinity;
  let order = 0;
  let gradeA = 0;
  let gradeB = 0;
  let endA = a[0];
  let endB = b[0];
  let position = 0;
  while (position < n) {
    while (endA <= position) endA += a[++gradeA];
    while (endB <= position) endB += b[++gradeB];
    const start = position + 1;
    const end = Math.min(endA, endB);
    if (gradeA !== gradeB) {
      const nearest = end < centre ? end : start > centre ? start : centre;
      const visit = visitIndex(nearest);
      if (visit < best) {
        best = visit;
        order = gradeA - gradeB;
      }
    }
    position = end;
  }
  return Math.sign(order);
}

/**
 * Rule 3 of majority-judgment.md at equal size: A (n_A grades) is compared with B (n_B grades) as
 * A with every count multiplied by n_B against B with every count multiplied by n_A. Both then have
 * n_A·n_B grades and the positional shortcut applies, in O(grades) whatever the sizes; the same
 * proportions give the same lists, hence a tie, whatever the turnout. (Removing one grade from 3
 * ballots moves a profile far more than from 30: raw removals ranked the same opinion by turnout.)
 * n_A·n_B stays an exact integer in a double up to 2^53, i.e. about 94 million ballots on each side.
 */
function compareAtEqualSize(a: readonly number[], b: readonly number[], sizeA: number, sizeB: number): number {
  return compareSameSize(
    a.map((count) => count * sizeB),
    b.map((count) => count * sizeA),
    sizeA * sizeB,
  );
}
