/** Lowercase ASCII words joined by single hyphens: safe in a URL, readable aloud. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

/** Letters NFD does not split into a base letter and an accent. */
const LIGATURES: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  đ: 'd',
  Đ: 'd',
  ł: 'l',
  Ł: 'l',
};

/**
 * "L'IA au service des Montpelliérains : quelle éthique ?" → "l-ia-au-service-des-montpellierains-quelle-ethique".
 * Accents go, apostrophes and punctuation split words, and a long title is cut at a word boundary.
 * Returns '' when nothing usable is left (a title of emoji, say): the caller picks a fallback.
 */
export function slugify(title: string, maxLength = SLUG_MAX_LENGTH): string {
  const ascii = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[œŒæÆßøØđĐłŁ]/g, (letter) => LIGATURES[letter])
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // Cut between words when there is one to cut at; a single overlong word is cut anywhere.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export function isValidSlug(slug: string, maxLength = SLUG_MAX_LENGTH): boolean {
  return slug.length <= maxLength && SLUG_PATTERN.test(slug);
}

/** The slug, or the slug with -2, -3 … when taken, staying within the length limit. */
export function uniqueSlug(slug: string, isTaken: (candidate: string) => boolean, maxLength = SLUG_MAX_LENGTH): string {
  if (!isValidSlug(slug, maxLength)) throw new RangeError(`Not a slug: "${slug}"`);
  if (!isTaken(slug)) return slug;
  for (let suffix = 2; ; suffix++) {
    const tail = `-${suffix}`;
    const head = slug.slice(0, maxLength - tail.length).replace(/-+$/, '');
    const candidate = `${head}${tail}`;
    if (!isTaken(candidate)) return candidate;
  }
}
