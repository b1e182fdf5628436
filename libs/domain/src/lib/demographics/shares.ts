import { categoryKeys, DemographicDimension, isCategoryOf, OUTSIDE_METROPOLIS } from './categories';
import type { ProtectedCell } from './small-cells';

/** Census shares are rounded figures: a dimension may sum to 1 ± this. */
export const CENSUS_SUM_TOLERANCE = 0.01;

export interface CensusShareInput {
  category: string;
  share: number;
}

export type CensusProblem = 'unknown-category' | 'duplicate-category' | 'share-range' | 'sum';

/** Why a dimension's census shares are refused, if they are: known categories, once each, 0..1, summing to about 1. */
export function censusProblems(dimension: DemographicDimension, shares: readonly CensusShareInput[]): CensusProblem[] {
  const problems = new Set<CensusProblem>();
  const seen = new Set<string>();
  for (const { category, share } of shares) {
    // The census counts the metropolis's residents: a share for "outside" would make no sense.
    if (!isCategoryOf(dimension, category) || category === OUTSIDE_METROPOLIS) problems.add('unknown-category');
    if (seen.has(category)) problems.add('duplicate-category');
    seen.add(category);
    if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1) problems.add('share-range');
  }
  const sum = shares.reduce((total, { share }) => total + (Number.isFinite(share) ? share : 0), 0);
  // The epsilon keeps 0.52 + 0.49 (1.0100000000000002 in floating point) inside the tolerance.
  if (Math.abs(sum - 1) > CENSUS_SUM_TOLERANCE + 1e-9) problems.add('sum');
  return [...problems];
}

export interface ComparedCell {
  key: string;
  count: number | null;
  suppressed: boolean;
  /** Share among the people who answered this question; null when suppressed. */
  share: number | null;
  /** null when the census has no figure for the category (e.g. "autre", "hors métropole"). */
  censusShare: number | null;
  /** share − censusShare, in points of share (0.05 = 5 points); null when either is unknown. */
  difference: number | null;
}

/**
 * Participants' shares beside the census. A share is computed from the real count, but shown only
 * for a shown cell: count = share × answered would otherwise give a suppressed count back. Cells
 * come in the category list's order.
 */
export function compareShares(
  dimension: DemographicDimension,
  cells: readonly ProtectedCell[],
  answered: number,
  census: ReadonlyMap<string, number>,
): ComparedCell[] {
  const byKey = new Map(cells.map((cell) => [cell.key, cell]));
  return categoryKeys(dimension).map((key) => {
    const cell = byKey.get(key) ?? { key, count: null, suppressed: true };
    const share = cell.suppressed || cell.count === null || answered === 0 ? null : round(cell.count / answered);
    const censusShare = census.get(key) ?? null;
    return {
      key,
      count: cell.suppressed ? null : cell.count,
      suppressed: cell.suppressed,
      share,
      censusShare,
      difference: share === null || censusShare === null ? null : round(share - censusShare),
    };
  });
}

/** Four decimals: 0.1234 = 12.34 %, enough for a comparison and stable in CSV and JSON. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
