import { compareGaugeKeys, gaugeKey, GaugeKey, KeyComparison, totalOf } from './majority-gauge';

/**
 * Levels 1 to 3 of the ranking in one comparison. Each proposal yields a sequence of gauges: its
 * own, then the one left after removing one grade equal to its lower median, and so on. Two
 * proposals compare by the first place where their sequences differ; running out of grades while
 * still level is a tie (left to creation order). Because each sequence belongs to one proposal
 * alone, this is a total preorder, so sorting with it never depends on the input order.
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
  const order = sizeA === sizeB ? compareSameSize(a, b, sizeA) : compareStepByStep(a, b, sizeA, sizeB);
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
 * With different sizes there is no shortcut by position, so this follows the rule literally, one
 * removal at a time (O(grades) each). Ties between different sizes break within a step or two in
 * practice (equal shares over different sizes stop being equal once both lose a grade), and two
 * proposals whose remaining grades are all one same grade are level to the end.
 */
function compareStepByStep(a: readonly number[], b: readonly number[], sizeA: number, sizeB: number): number {
  const restA = [...a];
  const restB = [...b];
  while (sizeA > 0 && sizeB > 0) {
    const keyA = gaugeKey(restA, sizeA) as GaugeKey;
    const keyB = gaugeKey(restB, sizeB) as GaugeKey;
    const { order } = compareGaugeKeys(keyA, keyB);
    if (order !== 0) return order;
    if (keyA.above + keyA.below === 0 && keyB.above + keyB.below === 0) return 0;
    restA[keyA.grade - 1]--;
    restB[keyB.grade - 1]--;
    sizeA--;
    sizeB--;
  }
  return 0;
}
