/**
 * A token bucket: `capacity` requests at once, refilled at `perMinute`. Bursts pass, a steady flood
 * is slowed to the refill rate, and an idle client is back to full after a minute.
 */
export interface TokenBucket {
  tokens: number;
  updatedAt: number;
}

export interface BucketPolicy {
  capacity: number;
  perMinute: number;
}

export type BucketVerdict = { allowed: true; bucket: TokenBucket } | { allowed: false; bucket: TokenBucket; retryAfterSeconds: number };

export function takeToken(bucket: TokenBucket | undefined, now: number, policy: BucketPolicy): BucketVerdict {
  const perMs = policy.perMinute / 60_000;
  const previous = bucket ?? { tokens: policy.capacity, updatedAt: now };
  const tokens = Math.min(policy.capacity, previous.tokens + Math.max(0, now - previous.updatedAt) * perMs);
  if (tokens >= 1) return { allowed: true, bucket: { tokens: tokens - 1, updatedAt: now } };
  const retryAfterSeconds = Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
  return { allowed: false, bucket: { tokens, updatedAt: now }, retryAfterSeconds };
}

/** A bucket that has refilled completely carries no information and can be forgotten. */
export function isFull(bucket: TokenBucket, now: number, policy: BucketPolicy): boolean {
  return bucket.tokens + (now - bucket.updatedAt) * (policy.perMinute / 60_000) >= policy.capacity;
}
