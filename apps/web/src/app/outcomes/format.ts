import type { Language } from '@concordia/contracts';

/** "42 %" / "42%" in the page's language; shares are 0..1. */
export function formatPercent(share: number, language: Language, digits = 0): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: digits }).format(share);
}

/** A calendar date (YYYY-MM-DD) in the page's language, without shifting it through a time zone. */
export function formatDay(day: string, language: Language): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Colours of the decisions, of the committee's choices and of citizens' for/against: meaning first, contrast on white. */
export const DECISION_COLOURS: Record<string, string> = {
  adopted: '#1a7f37',
  adopted_with_amendments: '#0a5fb4',
  not_adopted: '#b3261e',
  out_of_scope: '#6b6b6b',
};

export const CHOICE_COLOURS: Record<string, string> = {
  adopt: '#1a7f37',
  adopt_with_amendments: '#0a5fb4',
  reject: '#b3261e',
  abstain: '#8a8a8a',
  for: '#1a7f37',
  against: '#b3261e',
};

/** Red (worst) to green (best): a scale of k grades takes k colours, spread out. */
const GRADE_PALETTE = ['#a50026', '#d73027', '#f46d43', '#fdb863', '#a6d96a', '#1a9850', '#006837'];

export function gradeColours(count: number): string[] {
  if (count <= 1) return [GRADE_PALETTE[5]];
  return Array.from({ length: count }, (_, i) => GRADE_PALETTE[Math.round((i * (GRADE_PALETTE.length - 1)) / (count - 1))]);
}
