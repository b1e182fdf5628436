/**
 * Results kept a few seconds per process: under a crowd, a results page
 * re-aggregates each round at most once per interval instead of once per visitor. Concurrent misses
 * share one computation. A TTL of 0 turns it off.
 */
export class ResultsCache<T> {
  private readonly entries = new Map<string, { at: number; value: Promise<T> }>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string, compute: () => Promise<T>): Promise<T> {
    if (this.ttlMs === 0) return compute();
    const cached = this.entries.get(key);
    if (cached && this.now() - cached.at < this.ttlMs) return cached.value;
    const value = compute();
    this.entries.set(key, { at: this.now(), value });
    // A failed computation is not kept: the next request tries again.
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 1000) this.evictExpired();
    return value;
  }

  private evictExpired(): void {
    for (const [key, entry] of this.entries) if (this.now() - entry.at >= this.ttlMs) this.entries.delete(key);
  }
}
