import type { Language, MajorityJudgmentResults } from '@concordia/contracts';

/** "1re", "2e" (a proposition is feminine) / "1st", "2nd", "3rd", "4th". */
export function ordinal(n: number, language: Language): string {
  if (language === 'fr') return n === 1 ? '1re' : `${n}e`;
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function rankKey(results: MajorityJudgmentResults): string | null {
  if (results.rank === null) return null;
  return results.tiedWithPrevious ? 'votes.results.rankTied' : 'votes.results.rank';
}
