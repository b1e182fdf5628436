import { reportsToHide } from './report-threshold';

describe('reportsToHide', () => {
  it('defaults to 3', () => {
    expect(reportsToHide({})).toBe(3);
    expect(reportsToHide(null)).toBe(3);
  });

  it('takes a whole number from 1 to 100 from the settings', () => {
    expect(reportsToHide({ reportsToHide: 5 })).toBe(5);
    expect(reportsToHide({ reportsToHide: 1 })).toBe(1);
  });

  it('ignores broken values rather than turning hiding off', () => {
    for (const value of [0, -1, 2.5, '4', 1000, null]) expect(reportsToHide({ reportsToHide: value })).toBe(3);
  });
});
