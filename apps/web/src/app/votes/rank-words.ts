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
  return results.tied ? 'votes.results.rankTied' : 'votes.results.rank';
}

/**
 * Digits for a gauge's share: whole percents, or one decimal when whole percents would make it read
 * like a neighbour's (same grade, same sign) although their ranks differ ("Excellent −34 %" three
 * times over for ranks 8 to 10).
 */
export function gaugeDigits(list: readonly (MajorityJudgmentResults | null)[], index: number): number {
  const own = list[index];
  if (!own?.gauge) return 0;
  const looksAlike = (other: MajorityJudgmentResults | null | undefined) =>
    !!other?.gauge &&
    other.majorityGrade === own.majorityGrade &&
    other.gauge.sign === own.gauge!.sign &&
    other.rank !== own.rank &&
    Math.round(other.gauge.share * 100) === Math.round(own.gauge!.share * 100);
  return looksAlike(list[index - 1]) || looksAlike(list[index + 1]) ? 1 : 0;
}
