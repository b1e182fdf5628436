import { SMALL_CELL_THRESHOLD, suppressSmallCells, totalIsShown } from './small-cells';

const cells = (counts: Record<string, number>) => Object.entries(counts).map(([key, count]) => ({ key, count }));
const shown = (result: ReturnType<typeof suppressSmallCells>) => Object.fromEntries(result.map((c) => [c.key, c.count]));

describe('suppressSmallCells', () => {
  it('hides a cell of 4 and shows a cell of 5', () => {
    expect(SMALL_CELL_THRESHOLD).toBe(5);
    const result = suppressSmallCells(cells({ a: 4, b: 5, c: 6, d: 20 }));
    expect(result.find((c) => c.key === 'a')).toEqual({ key: 'a', count: null, suppressed: true });
    expect(result.find((c) => c.key === 'd')).toEqual({ key: 'd', count: 20, suppressed: false });
  });

  it('shows everything when no cell is small', () => {
    expect(shown(suppressSmallCells(cells({ a: 5, b: 7, c: 12 })))).toEqual({ a: 5, b: 7, c: 12 });
  });

  it('hides the smallest shown cell too, so total minus the shown cells gives no small group back', () => {
    // 4 hidden alone: 4 + 5 + 30 = 39 would give the 4 back by subtraction.
    const result = suppressSmallCells(cells({ a: 4, b: 5, c: 30 }));
    expect(shown(result)).toEqual({ a: null, b: null, c: 30 });
  });

  it('needs no complement when the hidden cells already add up to 5', () => {
    expect(shown(suppressSmallCells(cells({ a: 3, b: 2, c: 8, d: 9 })))).toEqual({ a: null, b: null, c: 8, d: 9 });
  });

  it('counts empty cells as small ones', () => {
    expect(shown(suppressSmallCells(cells({ a: 0, b: 6, c: 7 })))).toEqual({ a: null, b: null, c: 7 });
  });

  it('hides every cell when all of them together are fewer than 5, and the total with them', () => {
    expect(shown(suppressSmallCells(cells({ a: 1, b: 2 })))).toEqual({ a: null, b: null });
    expect(totalIsShown(3)).toBe(false);
    expect(totalIsShown(4)).toBe(false);
    expect(totalIsShown(5)).toBe(true);
  });

  it('hides the same cells for the same data (ties broken by order)', () => {
    expect(shown(suppressSmallCells(cells({ a: 1, b: 9, c: 9 })))).toEqual({ a: null, b: null, c: 9 });
  });
});
