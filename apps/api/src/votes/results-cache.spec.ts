import { ResultsCache } from './results-cache';

describe('ResultsCache', () => {
  it('computes once per interval, and again once it has passed', async () => {
    let now = 0;
    let computed = 0;
    const cache = new ResultsCache<number>(3000, () => now);
    const compute = async () => ++computed;
    expect(await cache.get('a', compute)).toBe(1);
    now = 2999;
    expect(await cache.get('a', compute)).toBe(1);
    expect(await cache.get('b', compute)).toBe(2);
    now = 3000;
    expect(await cache.get('a', compute)).toBe(3);
  });
  it('shares one computation between concurrent requests', async () => {
    let computed = 0;
    const cache = new ResultsCache<number>(1000);
    const values = await Promise.all(Array.from({ length: 10 }, () => cache.get('a', async () => ++computed)));
    expect(values).toEqual(Array(10).fill(1));
  });
  it('does not keep a failure, and computes every time with a TTL of 0', async () => {
    const cache = new ResultsCache<number>(1000);
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await new Promise((ok) => setImmediate(ok));
    expect(await cache.get('a', async () => 7)).toBe(7);
    let computed = 0;
    const off = new ResultsCache<number>(0);
    await off.get('a', async () => ++computed);
    await off.get('a', async () => ++computed);
    expect(computed).toBe(2);
  });
});
