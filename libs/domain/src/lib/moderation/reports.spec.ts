import {
  appealDeciderProblem,
  appealProblem,
  ContentReport,
  DEFAULT_REPORTS_TO_HIDE,
  isHiddenByReports,
  ModerationDecisionRef,
  reportProblem,
} from './reports';

const report = (reporterId: string, day: number): ContentReport => ({
  reporterId,
  at: new Date(Date.UTC(2025, 2, day)),
});

describe('reportProblem', () => {
  it('lets any citizen report once', () => {
    expect(reportProblem('ana', ['bob'], [])).toBeNull();
    expect(reportProblem('ana', ['bob'], [report('carl', 1)])).toBeNull();
    expect(reportProblem('ana', ['bob'], [report('ana', 1)])).toBe('already-reported');
  });
  it('does not let authors report their own item', () => {
    expect(reportProblem('bob', ['ana', 'bob'], [])).toBe('own-content');
  });
});

describe('isHiddenByReports', () => {
  it('hides after 3 distinct reporters by default', () => {
    expect(DEFAULT_REPORTS_TO_HIDE).toBe(3);
    expect(isHiddenByReports([report('a', 1), report('b', 1)])).toBe(false);
    expect(isHiddenByReports([report('a', 1), report('b', 1), report('c', 2)])).toBe(true);
  });
  it('counts one person once, however many reports they managed to send', () => {
    expect(isHiddenByReports([report('a', 1), report('a', 2), report('a', 3), report('b', 3)])).toBe(false);
  });
  it('takes another threshold', () => {
    expect(isHiddenByReports([report('a', 1)], null, 1)).toBe(true);
    expect(isHiddenByReports([report('a', 1), report('b', 1), report('c', 1)], null, 5)).toBe(false);
    expect(() => isHiddenByReports([], null, 0)).toThrow(RangeError);
  });
  it('counts only reports after the last moderator review', () => {
    const reviewedAt = new Date(Date.UTC(2025, 2, 5));
    const old = [report('a', 1), report('b', 2), report('c', 3)];
    expect(isHiddenByReports(old, reviewedAt)).toBe(false);
    expect(isHiddenByReports([...old, report('d', 6), report('e', 7)], reviewedAt)).toBe(false);
    expect(isHiddenByReports([...old, report('d', 6), report('e', 7), report('f', 8)], reviewedAt)).toBe(true);
  });
});

describe('appeals', () => {
  const decision: ModerationDecisionRef = { id: 'd1', decidedBy: 'mod-1', authorIds: ['ana', 'bob'] };

  it('lets an author appeal once per decision, co-authors included', () => {
    expect(appealProblem(decision, 'ana', [])).toBeNull();
    expect(appealProblem(decision, 'bob', ['d0'])).toBeNull();
    expect(appealProblem(decision, 'bob', ['d1'])).toBe('already-appealed');
  });
  it('lets only authors appeal', () => {
    expect(appealProblem(decision, 'carl', [])).toBe('not-author');
  });
  it('makes the decision on appeal final', () => {
    expect(appealProblem({ ...decision, id: 'd2', onAppeal: true }, 'ana', [])).toBe('appeal-decision-final');
  });
  it('never lets the moderator who decided decide the appeal', () => {
    expect(appealDeciderProblem(decision, { id: 'mod-1', mayModerate: true })).toBe('made-the-decision');
  });
  it('lets a different moderator or an admin decide', () => {
    expect(appealDeciderProblem(decision, { id: 'mod-2', mayModerate: true })).toBeNull();
  });
  it('refuses someone who may not moderate', () => {
    expect(appealDeciderProblem(decision, { id: 'carl', mayModerate: false })).toBe('cannot-moderate');
  });
  it('refuses a moderator who wrote the item', () => {
    expect(appealDeciderProblem(decision, { id: 'bob', mayModerate: true })).toBe('is-party');
  });
});
