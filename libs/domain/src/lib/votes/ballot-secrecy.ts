/**
 * Rules of the secret ballot that hold whatever stores it: how a ballot tracker reads, how the box
 * is shuffled at the close, and when a secret result is too small to publish.
 */

/** Crockford's base 32: no I, L, O or U, so a tracker read aloud or copied by hand stays unambiguous. */
const TRACKER_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters = 80 bits: collisions stay below one in a billion even at millions of ballots. */
export const TRACKER_LENGTH = 16;

/**
 * A tracker from the bytes of a hash of the encrypted ballot: 4 groups of 4 characters. It reveals
 * nothing about the value because the ciphertext it is made from carries a random nonce.
 */
export function trackerFromDigest(digest: Uint8Array): string {
  if (digest.length * 8 < TRACKER_LENGTH * 5) throw new RangeError('digest too short for a tracker');
  let bits = 0;
  let buffer = 0;
  let out = '';
  for (const byte of digest) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < TRACKER_LENGTH) {
      out += TRACKER_ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === TRACKER_LENGTH) break;
  }
  return grouped(out);
}

/** "ABCDEFGH…" → "ABCD-EFGH-…" */
function grouped(compact: string): string {
  return (compact.match(/.{4}/g) ?? []).join('-');
}

/**
 * What a person typed, made comparable with the published list: case, spaces and dashes ignored,
 * and the letters people confuse with digits read as Crockford says (O→0, I/L→1). Null if it cannot
 * be a tracker.
 */
export function normaliseTracker(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== TRACKER_LENGTH) return null;
  for (const char of compact) if (!TRACKER_ALPHABET.includes(char)) return null;
  return grouped(compact);
}

/**
 * Fisher–Yates with the caller's source of randomness (a cryptographic one in production): the
 * order in which the box is written at the close must owe nothing to the order of the votes.
 * `randomBelow(n)` returns a uniform integer in [0, n).
 */
export function shuffled<T>(items: readonly T[], randomBelow: (n: number) => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Below 3 ballots anyone who knows two voters' grades learns the third: the floor is never lower. */
export const SECRET_RESULTS_MINIMUM_FLOOR = 3;
export const DEFAULT_SECRET_RESULTS_MINIMUM = 5;

/** A secret result with fewer ballots than the minimum publishes its count only, never its grades. */
export function secretResultWithheld(secrecy: 'open' | 'secret', ballots: number, minimum: number): boolean {
  return secrecy === 'secret' && ballots > 0 && ballots < Math.max(minimum, SECRET_RESULTS_MINIMUM_FLOOR);
}
