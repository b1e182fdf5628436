import { mergeProblem, MergeCandidate } from './proposal-merge';

const a: MergeCandidate = { id: 'a', consultationId: 'c', state: 'published', round: 1 };
const b: MergeCandidate = { id: 'b', consultationId: 'c', state: 'published', round: 1 };

describe('mergeProblem', () => {
  it('merges a published, waiting or hidden duplicate into a published proposal while voting runs', () => {
    for (const state of ['published', 'submitted', 'hidden']) expect(mergeProblem({ ...a, state }, b, 'voting_open', 0)).toBeNull();
    expect(mergeProblem(a, b, 'proposals_open', 0)).toBeNull();
  });

  it('refuses a proposal into itself, across consultations or rounds', () => {
    expect(mergeProblem(a, a, 'voting_open', 0)).toBe('same-proposal');
    expect(mergeProblem(a, { ...b, consultationId: 'd' }, 'voting_open', 0)).toBe('other-consultation');
    expect(mergeProblem(a, { ...b, round: 2 }, 'voting_open', 0)).toBe('different-round');
  });

  it('refuses drafts, merged or settled proposals as source, and anything unpublished as target', () => {
    for (const state of ['draft', 'merged', 'rejected', 'withdrawn', 'adopted']) expect(mergeProblem({ ...a, state }, b, 'voting_open', 0)).toBe('source-not-mergeable');
    for (const state of ['submitted', 'merged', 'hidden']) expect(mergeProblem(a, { ...b, state }, 'voting_open', 0)).toBe('target-not-published');
  });

  it('refuses once voting has closed: published tallies never change', () => {
    expect(mergeProblem(a, b, 'committee_review', 0)).toBe('voting-closed');
  });

  it('refuses when a participant voted secretly on both (their anonymous ballot cannot be told apart)', () => {
    expect(mergeProblem(a, b, 'voting_open', 1)).toBe('secret-ballots-overlap');
  });
});
