/** No breakdown shows a group of fewer people than this (DESIGN: "breakdowns of at least 5 people"). */
export const SMALL_CELL_THRESHOLD = 5;

export interface CountedCell {
  key: string;
  count: number;
}

export interface ProtectedCell {
  key: string;
  /** null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Hides every cell of fewer than `threshold` people (0 included: "nobody of this commune" is a
 * statement about a small group too). The total of the breakdown is published, so hiding the small
 * cells alone would not do: total minus the shown cells gives back what is hidden. So the hidden
 * cells must add up to at least `threshold` people together (or be none): while they do not, the
 * smallest shown cell is hidden too (complementary suppression). When even all of them together
 * are fewer than `threshold`, every cell stays hidden and the caller must hide the total as well
 * (see `totalIsShown`).
 */
export function suppressSmallCells(cells: readonly CountedCell[], threshold = SMALL_CELL_THRESHOLD): ProtectedCell[] {
  const hidden = new Set(cells.filter((cell) => cell.count < threshold).map((cell) => cell.key));
  const hiddenSum = () => cells.filter((cell) => hidden.has(cell.key)).reduce((sum, cell) => sum + cell.count, 0);
  // Smallest first; ties in the given order, so the same data always hides the same cells.
  const shownBySize = cells
    .map((cell, index) => ({ cell, index }))
    .filter(({ cell }) => !hidden.has(cell.key))
    .sort((a, b) => a.cell.count - b.cell.count || a.index - b.index);
  while (hidden.size > 0 && hiddenSum() < threshold && shownBySize.length > 0) {
    hidden.add(shownBySize.shift()!.cell.key);
  }
  return cells.map((cell) =>
    hidden.has(cell.key) ? { key: cell.key, count: null, suppressed: true } : { key: cell.key, count: cell.count, suppressed: false },
  );
}

/** A total is a cell too: fewer than `threshold` people are not counted in public. */
export function totalIsShown(total: number, threshold = SMALL_CELL_THRESHOLD): boolean {
  return total >= threshold;
}
