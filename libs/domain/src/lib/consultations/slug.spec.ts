import { isValidSlug, slugify, SLUG_MAX_LENGTH, uniqueSlug } from './slug';

describe('slugify', () => {
  it('turns a French title into lowercase ASCII words', () => {
    expect(slugify("L'IA au service des Montpelliérains : quelle éthique ?")).toBe(
      'l-ia-au-service-des-montpellierains-quelle-ethique',
    );
  });
  it('removes every French accent and cedilla', () => {
    expect(slugify('àâä éèêë îï ôö ùûü ÿ ç ÀÂÉÈÊËÎÏÔÙÛÜŸÇ')).toBe('aaa-eeee-ii-oo-uuu-y-c-aaeeeeiiouuuyc');
  });
  it('spells ligatures out', () => {
    expect(slugify('Œuvres et cœur, ex æquo')).toBe('oeuvres-et-coeur-ex-aequo');
  });
  it('splits on apostrophes, typographic ones included, and punctuation', () => {
    expect(slugify('L’école d’aujourd’hui — demain !')).toBe('l-ecole-d-aujourd-hui-demain');
  });
  it('keeps digits and collapses runs of separators', () => {
    expect(slugify('  Budget   2025 -- 2026 : 31 communes  ')).toBe('budget-2025-2026-31-communes');
  });
  it('handles decomposed input the same way', () => {
    expect(slugify('e\u0301cole')).toBe('ecole');
  });
  it('returns an empty slug when nothing is left', () => {
    expect(slugify('🙂 ?!')).toBe('');
  });
  it('cuts long titles at a word boundary', () => {
    const slug = slugify(
      'Une très longue proposition sur la mobilité douce et les transports en commun de la métropole',
      40,
    );
    expect(slug).toBe('une-tres-longue-proposition-sur-la');
    expect(slug.length).toBeLessThanOrEqual(40);
  });
  it('keeps a word that ends exactly at the limit', () => {
    expect(slugify('abc def ghi', 7)).toBe('abc-def');
  });
  it('cuts a single overlong word anywhere', () => {
    expect(slugify('a'.repeat(100))).toHaveLength(SLUG_MAX_LENGTH);
  });
  it('always produces valid slugs for non-empty results', () => {
    for (const title of ['Été 2025', 'Hôpital — urgences', "Qu'en pensez-vous ?", 'ÇA VA', 'x'.repeat(200)]) {
      expect(isValidSlug(slugify(title))).toBe(true);
    }
  });
});

describe('isValidSlug', () => {
  it('accepts lowercase words joined by single hyphens', () => {
    expect(isValidSlug('budget-2025')).toBe(true);
  });
  it.each(['', 'Budget', 'a--b', '-a', 'a-', 'é', 'a b', 'a_b'])('refuses %p', (slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
  it('refuses slugs over the limit', () => {
    expect(isValidSlug('a'.repeat(SLUG_MAX_LENGTH + 1))).toBe(false);
  });
});

describe('uniqueSlug', () => {
  it('keeps a free slug', () => {
    expect(uniqueSlug('budget', () => false)).toBe('budget');
  });
  it('numbers taken slugs from 2', () => {
    const taken = new Set(['budget', 'budget-2']);
    expect(uniqueSlug('budget', (slug) => taken.has(slug))).toBe('budget-3');
  });
  it('stays within the limit', () => {
    const long = 'a'.repeat(SLUG_MAX_LENGTH);
    const slug = uniqueSlug(long, (candidate) => candidate === long);
    expect(slug).toBe(`${'a'.repeat(SLUG_MAX_LENGTH - 2)}-2`);
    expect(isValidSlug(slug)).toBe(true);
  });
  it('does not leave a double hyphen when cutting', () => {
    expect(uniqueSlug('abcd-ef', (candidate) => candidate === 'abcd-ef', 7)).toBe('abcd-2');
  });
  it('refuses to number something that is not a slug', () => {
    expect(() => uniqueSlug('', () => false)).toThrow(RangeError);
  });
});
