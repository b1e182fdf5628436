import { CONSULTATION_PHASES } from './consultation-phases';
import { VOTING_METHODS } from './consultation-settings';
import { allowedActions, phaseAllows } from './phase-actions';

describe('allowedActions', () => {
  it('opens nothing in draft and closed', () => {
    for (const method of VOTING_METHODS) {
      expect(allowedActions('draft', method)).toEqual([]);
      expect(allowedActions('closed', method)).toEqual([]);
    }
  });
  it('proposals_open: propose, edit and comment; supports too with support voting', () => {
    expect(allowedActions('proposals_open', 'support')).toEqual(['propose', 'edit_proposal', 'vote', 'comment']);
    expect(allowedActions('proposals_open', 'for_against')).toEqual(['propose', 'edit_proposal', 'comment']);
    expect(allowedActions('proposals_open', 'majority_judgment')).toEqual(['propose', 'edit_proposal', 'comment']);
  });
  it('voting_open: vote and comment, texts frozen, for every method', () => {
    for (const method of VOTING_METHODS) {
      expect(allowedActions('voting_open', method)).toEqual(['vote', 'comment']);
    }
  });
  it('committee_review: review and publish outcomes only', () => {
    expect(allowedActions('committee_review', 'majority_judgment')).toEqual(['review', 'publish_outcomes']);
  });
  it('after publication: follow-up only', () => {
    expect(allowedActions('outcomes_published', 'support')).toEqual(['post_follow_up']);
    expect(allowedActions('follow_up', 'for_against')).toEqual(['post_follow_up']);
  });
  it('allows voting in no phase after voting', () => {
    const later = CONSULTATION_PHASES.slice(CONSULTATION_PHASES.indexOf('committee_review'));
    for (const phase of later)
      for (const method of VOTING_METHODS) expect(phaseAllows(phase, 'vote', method)).toBe(false);
  });
  it('answers single questions', () => {
    expect(phaseAllows('voting_open', 'vote', 'majority_judgment')).toBe(true);
    expect(phaseAllows('voting_open', 'edit_proposal', 'support')).toBe(false);
    expect(phaseAllows('proposals_open', 'vote', 'support')).toBe(true);
    expect(phaseAllows('proposals_open', 'vote', 'majority_judgment')).toBe(false);
  });
});
