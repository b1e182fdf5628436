import { phaseScheduleProblems, scheduledPhaseStep } from './phase-schedule';

const at = (iso: string) => new Date(iso);
const schedule = {
  proposals_open: at('2025-03-01T08:00:00Z'),
  voting_open: at('2025-04-01T08:00:00Z'),
  committee_review: at('2025-04-15T20:00:00Z'),
  outcomes_published: at('2025-05-15T08:00:00Z'),
  follow_up: at('2025-06-01T08:00:00Z'),
  closed: at('2026-06-01T08:00:00Z'),
};

describe('scheduledPhaseStep', () => {
  it('waits until the next phase starts', () => {
    expect(scheduledPhaseStep('draft', schedule, at('2025-02-28T23:59:59Z'))).toBeNull();
  });
  it('moves at the start date exactly', () => {
    expect(scheduledPhaseStep('draft', schedule, at('2025-03-01T08:00:00Z'))).toBe('proposals_open');
  });
  it('moves one step at a time even when several dates have passed', () => {
    expect(scheduledPhaseStep('draft', schedule, at('2025-04-20T00:00:00Z'))).toBe('proposals_open');
    expect(scheduledPhaseStep('proposals_open', schedule, at('2025-04-20T00:00:00Z'))).toBe('voting_open');
    expect(scheduledPhaseStep('voting_open', schedule, at('2025-04-20T00:00:00Z'))).toBe('committee_review');
  });
  it('never publishes outcomes: the chair does', () => {
    expect(scheduledPhaseStep('committee_review', schedule, at('2030-01-01T00:00:00Z'))).toBeNull();
  });
  it('follows dates again after publication', () => {
    expect(scheduledPhaseStep('outcomes_published', schedule, at('2025-06-02T00:00:00Z'))).toBe('follow_up');
    expect(scheduledPhaseStep('follow_up', schedule, at('2026-06-01T08:00:00Z'))).toBe('closed');
    expect(scheduledPhaseStep('closed', schedule, at('2030-01-01T00:00:00Z'))).toBeNull();
  });
  it('leaves phases without a date to be moved by hand', () => {
    expect(
      scheduledPhaseStep('proposals_open', { closed: at('2020-01-01T00:00:00Z') }, at('2025-01-01T00:00:00Z')),
    ).toBeNull();
  });
  it('does not look at the date of the current phase: being in it is enough', () => {
    expect(
      scheduledPhaseStep('voting_open', { voting_open: at('2030-01-01T00:00:00Z') }, at('2025-01-01T00:00:00Z')),
    ).toBeNull();
  });
});

describe('phaseScheduleProblems', () => {
  it('accepts increasing dates, with gaps', () => {
    expect(phaseScheduleProblems(schedule)).toEqual([]);
    expect(phaseScheduleProblems({ voting_open: at('2025-01-01'), closed: at('2025-12-31') })).toEqual([]);
    expect(phaseScheduleProblems({})).toEqual([]);
  });
  it('refuses a phase starting before or with the previous one', () => {
    expect(phaseScheduleProblems({ ...schedule, voting_open: at('2025-03-01T08:00:00Z') })).toEqual([
      { phase: 'voting_open', problem: 'not-after-previous' },
    ]);
    expect(phaseScheduleProblems({ closed: at('2025-01-01'), proposals_open: at('2025-02-01') })).toEqual([
      { phase: 'closed', problem: 'not-after-previous' },
    ]);
  });
  it('refuses invalid dates', () => {
    expect(phaseScheduleProblems({ voting_open: new Date('not a date') })).toEqual([
      { phase: 'voting_open', problem: 'invalid-date' },
    ]);
  });
});
