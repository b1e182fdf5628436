/**
 * Compares a/b with c/d (non-negative integers, positive denominators) without rounding:
 * shares computed as floats could call two different gauges equal, or two equal ones different.
 */
export function compareFractions(a: number, b: number, c: number, d: number): -1 | 0 | 1 {
  const left = a * d;
  const right = c * b;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left < right ? -1 : left > right ? 1 : 0;
  const exactLeft = BigInt(a) * BigInt(d);
  const exactRight = BigInt(c) * BigInt(b);
  return exactLeft < exactRight ? -1 : exactLeft > exactRight ? 1 : 0;
}
