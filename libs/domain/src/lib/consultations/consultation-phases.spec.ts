import {
  canMovePhase,
  CONSULTATION_PHASES,
  ConsultationPhase,
  isConsultationPhase,
  nextPhase,
  phaseTransitionProblem,
} from './consultation-phases';

const admin = { by: 'admin' as const };
const scheduler = { by: 'scheduler' as const };
const chair = { by: 'chair' as const };

describe('CONSULTATION_PHASES', () => {
  it('follows the life of a consultation', () => {
    expect(CONSULTATION_PHASES).toEqual([
      'draft',
      'proposals_open',
      'voting_open',
      'committee_review',
      'outcomes_published',
      'follow_up',
      'closed',
    ]);
  });
  it('recognises phases', () => {
    expect(isConsultationPhase('voting_open')).toBe(true);
    expect(isConsultationPhase('voting')).toBe(false);
    expect(isConsultationPhase(3)).toBe(false);
  });
  it('gives the next phase, none after closed', () => {
    expect(nextPhase('draft')).toBe('proposals_open');
    expect(nextPhase('follow_up')).toBe('closed');
    expect(nextPhase('closed')).toBeNull();
  });
});

describe('phaseTransitionProblem: forward', () => {
  const steps = CONSULTATION_PHASES.slice(0, -1).map((from, i) => [from, CONSULTATION_PHASES[i + 1]] as const);
  it.each(steps.filter(([, to]) => to !== 'outcomes_published'))('%s → %s by an admin or the scheduler', (from, to) => {
    expect(phaseTransitionProblem(from, to, admin)).toBeNull();
    expect(phaseTransitionProblem(from, to, scheduler)).toBeNull();
    expect(phaseTransitionProblem(from, to, chair)).toBe('chair-only-publishes');
  });
  it('committee_review → outcomes_published only by the chair', () => {
    expect(phaseTransitionProblem('committee_review', 'outcomes_published', chair)).toBeNull();
    expect(phaseTransitionProblem('committee_review', 'outcomes_published', admin)).toBe('outcomes-need-chair');
    expect(phaseTransitionProblem('committee_review', 'outcomes_published', scheduler)).toBe('outcomes-need-chair');
  });
  it('never skips a phase', () => {
    expect(phaseTransitionProblem('draft', 'voting_open', admin)).toBe('skips-phases');
    expect(phaseTransitionProblem('proposals_open', 'committee_review', scheduler)).toBe('skips-phases');
    expect(phaseTransitionProblem('voting_open', 'outcomes_published', chair)).toBe('skips-phases');
    expect(phaseTransitionProblem('draft', 'closed', admin)).toBe('skips-phases');
  });
  it('refuses to move to the same phase', () => {
    expect(phaseTransitionProblem('voting_open', 'voting_open', admin)).toBe('same-phase');
  });
});

describe('phaseTransitionProblem: backward', () => {
  it.each([
    ['proposals_open', 'draft'],
    ['voting_open', 'proposals_open'],
    ['committee_review', 'voting_open'],
  ] as [ConsultationPhase, ConsultationPhase][])('%s → %s: one step, by an admin only', (from, to) => {
    expect(phaseTransitionProblem(from, to, admin)).toBeNull();
    expect(phaseTransitionProblem(from, to, scheduler)).toBe('backward-needs-admin');
    expect(phaseTransitionProblem(from, to, chair)).toBe('chair-only-publishes');
  });
  it('does not reopen a secret vote whose results were unsealed', () => {
    expect(phaseTransitionProblem('committee_review', 'voting_open', { by: 'admin', ballotSecrecy: 'secret' })).toBe(
      'secret-results-revealed',
    );
    expect(
      phaseTransitionProblem('committee_review', 'voting_open', { by: 'admin', ballotSecrecy: 'open' }),
    ).toBeNull();
    expect(
      phaseTransitionProblem('voting_open', 'proposals_open', { by: 'admin', ballotSecrecy: 'secret' }),
    ).toBeNull();
  });
  it('never goes back more than one step', () => {
    expect(phaseTransitionProblem('voting_open', 'draft', admin)).toBe('skips-phases');
    expect(phaseTransitionProblem('committee_review', 'proposals_open', admin)).toBe('skips-phases');
  });
  it('never goes back once outcomes are published', () => {
    expect(phaseTransitionProblem('outcomes_published', 'committee_review', admin)).toBe('outcomes-published');
    expect(phaseTransitionProblem('follow_up', 'outcomes_published', admin)).toBe('outcomes-published');
    expect(phaseTransitionProblem('closed', 'follow_up', admin)).toBe('outcomes-published');
    expect(phaseTransitionProblem('closed', 'draft', admin)).toBe('outcomes-published');
  });
  it('has a boolean form', () => {
    expect(canMovePhase('draft', 'proposals_open', admin)).toBe(true);
    expect(canMovePhase('closed', 'follow_up', admin)).toBe(false);
  });
  it('allows exactly the moves described, for every pair of phases', () => {
    const allowed: string[] = [];
    for (const from of CONSULTATION_PHASES) {
      for (const to of CONSULTATION_PHASES) {
        for (const context of [admin, scheduler, chair]) {
          if (canMovePhase(from, to, context)) allowed.push(`${from}>${to}:${context.by}`);
        }
      }
    }
    expect(allowed.sort()).toEqual(
      [
        'draft>proposals_open:admin',
        'draft>proposals_open:scheduler',
        'proposals_open>voting_open:admin',
        'proposals_open>voting_open:scheduler',
        'voting_open>committee_review:admin',
        'voting_open>committee_review:scheduler',
        'committee_review>outcomes_published:chair',
        'outcomes_published>follow_up:admin',
        'outcomes_published>follow_up:scheduler',
        'follow_up>closed:admin',
        'follow_up>closed:scheduler',
        'proposals_open>draft:admin',
        'voting_open>proposals_open:admin',
        'committee_review>voting_open:admin',
      ].sort(),
    );
  });
});

describe('phases once ballots are cast', () => {
  it('never go back before voting, by anyone', () => {
    expect(phaseTransitionProblem('voting_open', 'proposals_open', { by: 'admin', ballotsCast: true })).toBe('ballots-cast');
    expect(phaseTransitionProblem('proposals_open', 'draft', { by: 'admin', ballotsCast: true })).toBe('ballots-cast');
    expect(phaseTransitionProblem('voting_open', 'proposals_open', { by: 'admin', ballotsCast: false })).toBeNull();
  });
  it('still move forward, and an open vote closed too early may reopen', () => {
    expect(phaseTransitionProblem('voting_open', 'committee_review', { by: 'admin', ballotsCast: true })).toBeNull();
    expect(phaseTransitionProblem('committee_review', 'voting_open', { by: 'admin', ballotSecrecy: 'open', ballotsCast: true })).toBeNull();
  });
});
