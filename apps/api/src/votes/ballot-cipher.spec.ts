import { openBallot, sealBallot, trackerOf } from './ballot-cipher';

const key = Buffer.alloc(32, 7);
const consultation = '6d3c1e0a-6f0e-4f61-9f59-1f5b9e4a0c11';

describe('ballot cipher', () => {
  it('opens what it sealed, for every stored value', () => {
    for (const value of [-1, 0, 1, 2, 3, 4, 5, 6, 7]) expect(openBallot(key, consultation, sealBallot(key, consultation, value).sealed)).toBe(value);
  });
  it('gives the same value a different ciphertext and tracker each time, all of one length', () => {
    const a = sealBallot(key, consultation, 3);
    const b = sealBallot(key, consultation, 3);
    expect(a.sealed.equals(b.sealed)).toBe(false);
    expect(a.tracker).not.toBe(b.tracker);
    expect(sealBallot(key, consultation, -1).sealed.length).toBe(a.sealed.length);
    expect(a.tracker).toBe(trackerOf(a.sealed));
  });
  it('refuses another key, another consultation, or altered bytes', () => {
    const { sealed } = sealBallot(key, consultation, 5);
    expect(() => openBallot(Buffer.alloc(32, 8), consultation, sealed)).toThrow();
    expect(() => openBallot(key, '00000000-0000-4000-8000-000000000000', sealed)).toThrow();
    const altered = Buffer.from(sealed);
    altered[14] ^= 1;
    expect(() => openBallot(key, consultation, altered)).toThrow();
  });
});
