import type { Language } from '@concordia/contracts';

/** French unless the client prefers English over French in Accept-Language. */
export function languageFrom(acceptLanguage: string | undefined): Language {
  if (!acceptLanguage) return 'fr';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.split('-')[0], q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.tag === 'fr' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q);
  return ranked[0]?.tag === 'en' ? 'en' : 'fr';
}
