import { CONSULTATION_PHASES, phaseTransitionProblem } from '../consultations/consultation-phases';
import { isCurrentRound, REVISION_ROUND_FROM, REVISION_ROUND_TO, revisionRoundProblem, secretResultsSealed } from './revision-phase';

const mj = { votingMethod: 'majority_judgment' as const, revisionThreshold: 3 };

describe('revisionRoundProblem', () => {
  it('starts from committee review and reopens the vote', () => {
    expect(REVISION_ROUND_FROM).toBe('committee_review');
    expect(REVISION_ROUND_TO).toBe('voting_open');
    expect(revisionRoundProblem('committee_review', mj)).toBeNull();
  });
  it('waits for the vote to close', () => {
    for (const phase of ['draft', 'proposals_open', 'voting_open'] as const) {
      expect(revisionRoundProblem(phase, mj)).toBe('voting-not-closed');
    }
  });
  it('never starts once outcomes are published', () => {
    for (const phase of ['outcomes_published', 'follow_up', 'closed'] as const) {
      expect(revisionRoundProblem(phase, mj)).toBe('outcomes-published');
    }
  });
  it('belongs to majority judgment with a threshold', () => {
    expect(revisionRoundProblem('committee_review', { votingMethod: 'support', revisionThreshold: null })).toBe('needs-majority-judgment');
    expect(revisionRoundProblem('committee_review', { votingMethod: 'for_against', revisionThreshold: 3 })).toBe('needs-majority-judgment');
    expect(revisionRoundProblem('committee_review', { ...mj, revisionThreshold: null })).toBe('no-revision-threshold');
  });
  it('is a rule of its own: the plain reopening stays refused for secret ballots', () => {
    expect(phaseTransitionProblem('committee_review', 'voting_open', { by: 'admin', ballotSecrecy: 'secret' })).toBe(
      'secret-results-revealed',
    );
    expect(revisionRoundProblem('committee_review', mj)).toBeNull();
  });
});

describe('isCurrentRound', () => {
  it('takes ballots on the round being voted only', () => {
    expect(isCurrentRound(1, 1)).toBe(true);
    expect(isCurrentRound(1, 2)).toBe(false);
    expect(isCurrentRound(2, 2)).toBe(true);
  });
});

describe('secretResultsSealed', () => {
  it('never seals open ballots', () => {
    for (const phase of CONSULTATION_PHASES) expect(secretResultsSealed(phase, 'open', 1, 1)).toBe(false);
  });
  it('seals the current round of a secret vote until voting closes', () => {
    const sealed = CONSULTATION_PHASES.filter((phase) => secretResultsSealed(phase, 'secret', 1, 1));
    expect(sealed).toEqual(['draft', 'proposals_open', 'voting_open']);
  });
  it('keeps an earlier round public while the next one is voted', () => {
    expect(secretResultsSealed('voting_open', 'secret', 1, 2)).toBe(false);
    expect(secretResultsSealed('voting_open', 'secret', 2, 2)).toBe(true);
    expect(secretResultsSealed('committee_review', 'secret', 2, 2)).toBe(false);
  });
});
