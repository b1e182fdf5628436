import { followUpProblems, followUpProgress } from './follow-up';

describe('followUpProblems', () => {
  it('accepts a planned, started or finished recommendation', () => {
    expect(followUpProblems({ status: 'planned' })).toEqual([]);
    expect(followUpProblems({ status: 'in_progress', progress: 40 })).toEqual([]);
    expect(followUpProblems({ status: 'done', progress: 100 })).toEqual([]);
    expect(followUpProblems({ status: 'abandoned', reason: 'Budget refusé par le conseil' })).toEqual([]);
  });
  it('wants a reason to abandon, a progress from 0 to 100, and 100 % when done', () => {
    expect(followUpProblems({ status: 'abandoned' })).toEqual(['reason-required']);
    expect(followUpProblems({ status: 'abandoned', reason: '   ' })).toEqual(['reason-required']);
    expect(followUpProblems({ status: 'in_progress', progress: 101 })).toEqual(['progress-range']);
    expect(followUpProblems({ status: 'in_progress', progress: -1 })).toEqual(['progress-range']);
    expect(followUpProblems({ status: 'in_progress', progress: 12.5 })).toEqual(['progress-range']);
    expect(followUpProblems({ status: 'done', progress: 90 })).toEqual(['done-needs-full-progress']);
    expect(followUpProblems({ status: 'finished' as never })).toEqual(['unknown-status']);
  });
});

describe('followUpProgress', () => {
  it('keeps the given progress, else 100 when done, else the previous one', () => {
    expect(followUpProgress({ status: 'in_progress', progress: 30 }, 10)).toBe(30);
    expect(followUpProgress({ status: 'done' }, 60)).toBe(100);
    expect(followUpProgress({ status: 'in_progress' }, 60)).toBe(60);
    expect(followUpProgress({ status: 'planned' }, null)).toBe(0);
    expect(followUpProgress({ status: 'abandoned', reason: 'x' }, 35)).toBe(35);
  });
});
