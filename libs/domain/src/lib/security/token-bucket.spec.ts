import { isFull, takeToken, TokenBucket } from './token-bucket';

const policy = { capacity: 3, perMinute: 60 };

describe('takeToken', () => {
  it('lets a burst up to the capacity through, then refuses with a wait', () => {
    let bucket: TokenBucket | undefined;
    const verdicts = [0, 1, 2, 3].map(() => {
      const verdict = takeToken(bucket, 1_000, policy);
      bucket = verdict.bucket;
      return verdict;
    });
    expect(verdicts.map((v) => v.allowed)).toEqual([true, true, true, false]);
    expect(verdicts[3]).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
  });

  it('refills at the given rate', () => {
    let bucket = { tokens: 0, updatedAt: 0 };
    expect(takeToken(bucket, 500, policy).allowed).toBe(false);
    const later = takeToken(bucket, 1_000, policy);
    expect(later.allowed).toBe(true);
    bucket = later.bucket;
    expect(bucket.tokens).toBeCloseTo(0);
  });

  it('never holds more than the capacity after a long pause', () => {
    const verdict = takeToken({ tokens: 0, updatedAt: 0 }, 3_600_000, policy);
    expect(verdict.bucket.tokens).toBe(2);
    expect(isFull({ tokens: 0, updatedAt: 0 }, 3_000, policy)).toBe(true);
    expect(isFull({ tokens: 0, updatedAt: 0 }, 2_000, policy)).toBe(false);
  });
});
