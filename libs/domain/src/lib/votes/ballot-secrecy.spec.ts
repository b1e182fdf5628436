import {
  normaliseTracker,
  secretResultWithheld,
  shuffled,
  trackerFromDigest,
  TRACKER_LENGTH,
} from './ballot-secrecy';

describe('trackerFromDigest', () => {
  it('reads as four groups of four unambiguous characters', () => {
    const tracker = trackerFromDigest(new Uint8Array(32).map((_, i) => i * 37));
    expect(tracker).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(tracker.replace(/-/g, '')).toHaveLength(TRACKER_LENGTH);
  });
  it('encodes the leading bits of the digest, so different digests give different trackers', () => {
    expect(trackerFromDigest(new Uint8Array(10))).toBe('0000-0000-0000-0000');
    expect(trackerFromDigest(new Uint8Array(10).fill(255))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ');
    const a = new Uint8Array(10);
    const b = new Uint8Array(10);
    b[9] = 1;
    expect(trackerFromDigest(a)).not.toBe(trackerFromDigest(b));
  });
  it('refuses a digest too short to fill it', () => {
    expect(() => trackerFromDigest(new Uint8Array(9))).toThrow(RangeError);
  });
});

describe('normaliseTracker', () => {
  it('accepts what people type: lower case, spaces, missing dashes, O for 0 and I or L for 1', () => {
    expect(normaliseTracker('abcd efgh jkmn pqrs')).toBe('ABCD-EFGH-JKMN-PQRS');
    expect(normaliseTracker('0o1i-L000-0000-0000')).toBe('0011-1000-0000-0000');
  });
  it('refuses what cannot be a tracker', () => {
    expect(normaliseTracker('ABCD-EFGH')).toBeNull();
    expect(normaliseTracker('UUUU-UUUU-UUUU-UUUU')).toBeNull();
    expect(normaliseTracker("'; DROP TABLE x; --")).toBeNull();
  });
});

describe('shuffled', () => {
  it('keeps every item once and leaves the input alone', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const out = shuffled(input, random);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
  it('can put any item anywhere (Fisher–Yates draws from the whole unshuffled rest)', () => {
    const draws: number[] = [];
    shuffled([1, 2, 3, 4], (n) => {
      draws.push(n);
      return 0;
    });
    expect(draws).toEqual([4, 3, 2]);
  });
});

describe('secretResultWithheld', () => {
  it('withholds the grades of a secret result below the minimum, never those of open ballots', () => {
    expect(secretResultWithheld('secret', 4, 5)).toBe(true);
    expect(secretResultWithheld('secret', 5, 5)).toBe(false);
    expect(secretResultWithheld('open', 1, 5)).toBe(false);
  });
  it('has nothing to withhold without ballots', () => {
    expect(secretResultWithheld('secret', 0, 5)).toBe(false);
  });
  it('never goes below three, whatever is configured', () => {
    expect(secretResultWithheld('secret', 2, 1)).toBe(true);
    expect(secretResultWithheld('secret', 3, 1)).toBe(false);
  });
});
