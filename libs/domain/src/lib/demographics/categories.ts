/*
 * The opt-in demographic questions and their answers. Each answer is optional; "prefer not to say"
 * is no answer at all (NULL), never a category, so it cannot be counted as an identity.
 */

export const DEMOGRAPHIC_DIMENSIONS = ['ageBand', 'commune', 'gender'] as const;
export type DemographicDimension = (typeof DEMOGRAPHIC_DIMENSIONS)[number];

export interface DemographicCategory {
  key: string;
  fr: string;
  en: string;
}

/**
 * Age bands from 16 (the youngest age a consultation admits) in the cut points INSEE's census
 * tables use for adults (18, 25, 35, 50, 65, 75), so census shares can be summed from its
 * five-year tables; 16–17 stays apart because minors' participation is watched on its own.
 */
export const AGE_BANDS: readonly DemographicCategory[] = [
  { key: '16-17', fr: '16–17 ans', en: '16–17' },
  { key: '18-24', fr: '18–24 ans', en: '18–24' },
  { key: '25-34', fr: '25–34 ans', en: '25–34' },
  { key: '35-49', fr: '35–49 ans', en: '35–49' },
  { key: '50-64', fr: '50–64 ans', en: '50–64' },
  { key: '65-74', fr: '65–74 ans', en: '65–74' },
  { key: '75+', fr: '75 ans et plus', en: '75 and over' },
];

/** The census counts women and men only: "autre" has no census share, and is compared with none. */
export const GENDERS: readonly DemographicCategory[] = [
  { key: 'femme', fr: 'Femme', en: 'Woman' },
  { key: 'homme', fr: 'Homme', en: 'Man' },
  { key: 'autre', fr: 'Autre ou non binaire', en: 'Other or non-binary' },
];

export const OUTSIDE_METROPOLIS = 'hors-metropole';

/**
 * The 31 communes of Montpellier Méditerranée Métropole, keyed by INSEE code (COG) so that census
 * figures join on the code, not on a spelling; names are the same in both languages.
 */
export const COMMUNES: readonly DemographicCategory[] = [
  ['34022', 'Baillargues'],
  ['34027', 'Beaulieu'],
  ['34057', 'Castelnau-le-Lez'],
  ['34058', 'Castries'],
  ['34077', 'Clapiers'],
  ['34087', 'Cournonsec'],
  ['34088', 'Cournonterral'],
  ['34095', 'Fabrègues'],
  ['34116', 'Grabels'],
  ['34120', 'Jacou'],
  ['34123', 'Juvignac'],
  ['34129', 'Lattes'],
  ['34134', 'Lavérune'],
  ['34090', 'Le Crès'],
  ['34164', 'Montaud'],
  ['34169', 'Montferrier-sur-Lez'],
  ['34172', 'Montpellier'],
  ['34179', 'Murviel-lès-Montpellier'],
  ['34198', 'Pérols'],
  ['34202', 'Pignan'],
  ['34217', 'Prades-le-Lez'],
  ['34227', 'Restinclières'],
  ['34244', 'Saint-Brès'],
  ['34249', 'Saint-Drézéry'],
  ['34256', 'Saint-Geniès-des-Mourgues'],
  ['34259', 'Saint-Georges-d’Orques'],
  ['34270', 'Saint-Jean-de-Védas'],
  ['34295', 'Saussan'],
  ['34307', 'Sussargues'],
  ['34327', 'Vendargues'],
  ['34337', 'Villeneuve-lès-Maguelone'],
]
  .map(([key, name]) => ({ key, fr: name, en: name }))
  .concat([{ key: OUTSIDE_METROPOLIS, fr: 'Hors de la métropole', en: 'Outside the metropolis' }]);

export const DEMOGRAPHIC_CATEGORIES: Record<DemographicDimension, readonly DemographicCategory[]> = {
  ageBand: AGE_BANDS,
  commune: COMMUNES,
  gender: GENDERS,
};

export function isDemographicDimension(value: unknown): value is DemographicDimension {
  return typeof value === 'string' && (DEMOGRAPHIC_DIMENSIONS as readonly string[]).includes(value);
}

export function categoryKeys(dimension: DemographicDimension): string[] {
  return DEMOGRAPHIC_CATEGORIES[dimension].map((category) => category.key);
}

export function isCategoryOf(dimension: DemographicDimension, value: unknown): value is string {
  return typeof value === 'string' && categoryKeys(dimension).includes(value);
}

export function categoryLabel(dimension: DemographicDimension, key: string, language: 'fr' | 'en'): string {
  return DEMOGRAPHIC_CATEGORIES[dimension].find((category) => category.key === key)?.[language] ?? key;
}
