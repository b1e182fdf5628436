import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { canonicalFingerprint, ChainEntry, chainEntry, verifyChain } from './hash-chain';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

function buildChain(payloads: unknown[]): ChainEntry[] {
  const entries: ChainEntry[] = [];
  for (const payload of payloads) entries.push(chainEntry(entries.at(-1)?.hash ?? null, payload, sha256));
  return entries;
}

const events = [
  { type: 'proposal_published', proposalId: 'p1', fingerprint: 'ab12' },
  { type: 'voting_closed', consultationId: 'c1', tallyDigest: 'cd34' },
  { type: 'outcome_published', proposalId: 'p1', decision: 'adopted' },
];

describe('canonicalFingerprint', () => {
  it('hashes the canonical JSON, so key order does not matter', () => {
    expect(canonicalFingerprint({ b: 1, a: 2 }, sha256)).toBe(sha256('{"a":2,"b":1}'));
    expect(canonicalFingerprint({ a: 2, b: 1 }, sha256)).toBe(canonicalFingerprint({ b: 1, a: 2 }, sha256));
  });
  it('uses the hash function it is given', () => {
    expect(canonicalFingerprint([1], (text) => `h(${text})`)).toBe('h([1])');
  });
});

describe('chainEntry', () => {
  it('hashes the payload together with the previous hash', () => {
    const entry = chainEntry(null, { type: 'x' }, sha256);
    expect(entry).toEqual({
      previousHash: null,
      payload: { type: 'x' },
      hash: sha256('{"payload":{"type":"x"},"previousHash":null}'),
    });
    const next = chainEntry(entry.hash, { type: 'y' }, sha256);
    expect(next.hash).toBe(sha256(canonicalJson({ previousHash: entry.hash, payload: { type: 'y' } })));
  });
  it('gives a different hash for the same payload at another place in the chain', () => {
    expect(chainEntry('a', 1, sha256).hash).not.toBe(chainEntry('b', 1, sha256).hash);
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and returns its last hash', () => {
    const chain = buildChain(events);
    expect(verifyChain(chain, sha256)).toEqual({ valid: true, lastHash: chain[2].hash });
  });
  it('accepts an empty chain', () => {
    expect(verifyChain([], sha256)).toEqual({ valid: true, lastHash: null });
  });
  it('verifies a later page from the last verified hash', () => {
    const chain = buildChain(events);
    expect(verifyChain(chain.slice(1), sha256, chain[0].hash)).toEqual({ valid: true, lastHash: chain[2].hash });
    expect(verifyChain(chain.slice(1), sha256)).toEqual({ valid: false, index: 0, problem: 'broken-link' });
  });
  it('detects an edited payload', () => {
    const chain = buildChain(events);
    const tampered = chain.map((entry, i) =>
      i === 1 ? { ...entry, payload: { ...events[1], tallyDigest: 'ffff' } } : entry,
    );
    expect(verifyChain(tampered, sha256)).toEqual({ valid: false, index: 1, problem: 'hash-mismatch' });
  });
  it('detects an edited payload whose hash was recomputed: the next link breaks', () => {
    const chain = buildChain(events);
    const forged = chainEntry(chain[0].hash, { ...events[1], tallyDigest: 'ffff' }, sha256);
    expect(verifyChain([chain[0], forged, chain[2]], sha256)).toEqual({
      valid: false,
      index: 2,
      problem: 'broken-link',
    });
  });
  it('detects a removed entry and a reordering', () => {
    const chain = buildChain(events);
    expect(verifyChain([chain[0], chain[2]], sha256)).toEqual({ valid: false, index: 1, problem: 'broken-link' });
    expect(verifyChain([chain[1], chain[0], chain[2]], sha256)).toEqual({
      valid: false,
      index: 0,
      problem: 'broken-link',
    });
  });
  it('does not care about key order in stored payloads', () => {
    const chain = buildChain(events);
    const reordered = chain.map((entry) => ({
      ...entry,
      payload: JSON.parse(JSON.stringify(entry.payload, Object.keys(entry.payload as object).reverse())),
    }));
    expect(verifyChain(reordered, sha256).valid).toBe(true);
  });
  it('reports a payload that cannot be canonicalised', () => {
    const chain = buildChain(events);
    const broken = [chain[0], { ...chain[1], payload: { n: NaN } }];
    expect(verifyChain(broken, sha256)).toEqual({ valid: false, index: 1, problem: 'not-canonicalisable' });
  });
  it('refuses to build an entry from a payload that cannot be canonicalised', () => {
    expect(() => chainEntry(null, { n: Infinity }, sha256)).toThrow(TypeError);
  });
});
