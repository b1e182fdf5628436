/*
 * Opt-in demographics and representativeness (issue 8, point 7). Category keys are libs/domain's
 * lists (INSEE codes for communes); every count under 5 people is null with `suppressed: true`.
 */

export type DemographicDimensionName = 'ageBand' | 'commune' | 'gender';

/** GET/PUT /api/demographics/me. Each answer optional; null = not answered (or prefer not to say). */
export interface MyDemographics {
  ageBand: string | null;
  commune: string | null;
  gender: string | null;
}

export type MyDemographicsRequest = Partial<MyDemographics>;

export interface RepresentativenessCell {
  category: string;
  label: string;
  count: number | null;
  suppressed: boolean;
  /** Share among the participants who answered this question. */
  share: number | null;
  censusShare: number | null;
  /** share − censusShare (0.05 = 5 points). */
  difference: number | null;
}

export interface RepresentativenessDimension {
  dimension: DemographicDimensionName;
  /** Participants who answered this question; null when fewer than 5. */
  answered: number | null;
  cells: RepresentativenessCell[];
  census: { source: string; year: number | null } | null;
}

/** GET /api/demographics/representativeness[?consultation=slug] (public; also .csv and .json). */
export interface Representativeness {
  /** null: the whole platform. */
  consultation: { slug: string; title: string } | null;
  /** People who voted, proposed or commented; null when fewer than 5. */
  participants: number | null;
  threshold: number;
  dimensions: RepresentativenessDimension[];
}

export interface CensusShareData {
  category: string;
  share: number;
}

/** PUT /api/demographics/census (admins): replaces one dimension's reference shares. */
export interface CensusRequest {
  dimension: DemographicDimensionName;
  source: string;
  year?: number | null;
  shares: CensusShareData[];
}

/** GET /api/demographics/census. */
export interface CensusDimension {
  dimension: DemographicDimensionName;
  source: string | null;
  year: number | null;
  shares: CensusShareData[];
}
