import { ApiClient } from '../support/api-client';
import { startTestStack } from '../support/test-stack';

describe('write rate limit', () => {
  let stop: () => Promise<void>;
  let baseUrl: string;

  beforeAll(async () => {
    // A stack of its own with a small limit: 60 writes a minute, bursts of 15.
    const started = await startTestStack('ratelimit', { RATE_LIMIT_WRITES_PER_MINUTE: '60', SEED_DEMO: 'false' });
    stop = started.stop;
    baseUrl = started.info.baseUrl;
  }, 90_000);

  afterAll(async () => stop?.());

  it('answers 429 with Retry-After once a client floods writes, and never limits reads', async () => {
    const client = new ApiClient(baseUrl);
    const statuses: number[] = [];
    const started = Date.now();
    for (let i = 0; i < 20; i++) statuses.push((await client.post('/api/auth/password/forgot', { email: `x${i}@example.org` })).status);
    expect(statuses.slice(0, 15).every((status) => status === 202)).toBe(true);
    // The bucket refills one write a second: on a loaded machine a slow burst earns a few back.
    const refilled = Math.floor((Date.now() - started) / 1000);
    expect(statuses.slice(15).filter((status) => status === 202).length).toBeLessThanOrEqual(refilled);
    expect(statuses.slice(15)).toContain(429);
    const limited = await client.post('/api/auth/password/forgot', { email: 'y@example.org' });
    expect(limited.body.message).toMatch(/Trop de requêtes/);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    for (let i = 0; i < 30; i++) expect((await client.get('/api/health')).status).toBe(200);
  });
});
