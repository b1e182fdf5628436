import { AGE_BANDS, COMMUNES, GENDERS, categoryLabel, isCategoryOf, OUTSIDE_METROPOLIS } from './categories';
import { censusProblems, compareShares } from './shares';

describe('category lists', () => {
  it('has the 31 communes of the metropolis by INSEE code, and "outside"', () => {
    const communes = COMMUNES.filter((c) => c.key !== OUTSIDE_METROPOLIS);
    expect(communes).toHaveLength(31);
    expect(new Set(communes.map((c) => c.key)).size).toBe(31);
    for (const commune of communes) expect(commune.key).toMatch(/^34\d{3}$/);
    expect(categoryLabel('commune', '34172', 'fr')).toBe('Montpellier');
  });
  it('has no "prefer not to say" category: that is no answer', () => {
    expect(GENDERS.map((g) => g.key)).toEqual(['femme', 'homme', 'autre']);
    expect(AGE_BANDS[0].key).toBe('16-17');
    expect(isCategoryOf('gender', 'prefer-not')).toBe(false);
    expect(isCategoryOf('ageBand', '75+')).toBe(true);
    expect(isCategoryOf('commune', 'Montpellier')).toBe(false);
  });
});

describe('censusProblems', () => {
  it('accepts shares of known categories that sum to about 1', () => {
    expect(censusProblems('gender', [{ category: 'femme', share: 0.523 }, { category: 'homme', share: 0.477 }])).toEqual([]);
    expect(censusProblems('gender', [{ category: 'femme', share: 0.52 }, { category: 'homme', share: 0.49 }])).toEqual([]);
  });
  it('refuses unknown or repeated categories, shares outside 0..1 and sums far from 1', () => {
    expect(censusProblems('gender', [{ category: 'femme', share: 0.5 }, { category: 'other', share: 0.5 }])).toEqual(['unknown-category']);
    expect(censusProblems('gender', [{ category: 'femme', share: 0.5 }, { category: 'femme', share: 0.5 }])).toEqual(['duplicate-category']);
    expect(censusProblems('commune', [{ category: '34172', share: 0.9 }, { category: 'hors-metropole', share: 0.1 }])).toEqual(['unknown-category']);
    expect(censusProblems('gender', [{ category: 'femme', share: 1.5 }, { category: 'homme', share: -0.5 }])).toEqual(['share-range']);
    expect(censusProblems('gender', [{ category: 'femme', share: 0.5 }, { category: 'homme', share: 0.3 }])).toEqual(['sum']);
  });
});

describe('compareShares', () => {
  it('gives shares among those who answered, beside the census, and none for a hidden cell', () => {
    const census = new Map([
      ['femme', 0.52],
      ['homme', 0.48],
    ]);
    const result = compareShares(
      'gender',
      [
        { key: 'femme', count: 12, suppressed: false },
        { key: 'homme', count: 8, suppressed: false },
        { key: 'autre', count: null, suppressed: true },
      ],
      22,
      census,
    );
    expect(result).toEqual([
      { key: 'femme', count: 12, suppressed: false, share: 0.5455, censusShare: 0.52, difference: 0.0255 },
      { key: 'homme', count: 8, suppressed: false, share: 0.3636, censusShare: 0.48, difference: -0.1164 },
      { key: 'autre', count: null, suppressed: true, share: null, censusShare: null, difference: null },
    ]);
  });
});
