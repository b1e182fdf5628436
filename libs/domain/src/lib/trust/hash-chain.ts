import { canonicalJson } from './canonical-json';

/**
 * Injected so the domain stays free of Node's crypto: the API passes SHA-256 (hex), the browser or
 * an independent script passes its own implementation of the same function.
 */
export type HashFunction = (text: string) => string;

/** The fingerprint of a published text, tally or response: the hash of its canonical JSON. */
export function canonicalFingerprint(value: unknown, hash: HashFunction): string {
  return hash(canonicalJson(value));
}

export interface ChainEntry<Payload = unknown> {
  /** null for the first entry of the log. */
  previousHash: string | null;
  payload: Payload;
  /** hash(canonicalJson({ payload, previousHash })). */
  hash: string;
}

/**
 * Each entry's hash covers its payload and the previous entry's hash, so changing, removing or
 * reordering any past entry breaks every link after it.
 */
export function chainEntry<Payload>(
  previousHash: string | null,
  payload: Payload,
  hash: HashFunction,
): ChainEntry<Payload> {
  return { previousHash, payload, hash: hash(hashedText(previousHash, payload)) };
}

function hashedText(previousHash: string | null, payload: unknown): string {
  return canonicalJson({ payload, previousHash });
}

export type ChainProblem = 'broken-link' | 'hash-mismatch' | 'not-canonicalisable';

export type ChainVerification =
  { valid: true; lastHash: string | null } | { valid: false; index: number; problem: ChainProblem };

/**
 * Checks entries in order and reports the first one that fails.
 * @param startAfter the hash the first entry must point to: null for the whole log, the last
 *   verified hash when checking a later page
 */
export function verifyChain(
  entries: readonly ChainEntry[],
  hash: HashFunction,
  startAfter: string | null = null,
): ChainVerification {
  let expectedPrevious = startAfter;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (entry.previousHash !== expectedPrevious) return { valid: false, index, problem: 'broken-link' };
    let text: string;
    try {
      text = hashedText(entry.previousHash, entry.payload);
    } catch {
      return { valid: false, index, problem: 'not-canonicalisable' };
    }
    if (hash(text) !== entry.hash) return { valid: false, index, problem: 'hash-mismatch' };
    expectedPrevious = entry.hash;
  }
  return { valid: true, lastHash: expectedPrevious };
}
