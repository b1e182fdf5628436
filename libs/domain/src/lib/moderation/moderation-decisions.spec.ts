import { appealOutcomeState, decisionOutcome, decisionReasonProblem } from './moderation-decisions';

describe('decisionOutcome', () => {
  it('publishes a waiting proposal or comment on approval', () => {
    expect(decisionOutcome('proposal', 'approve', 'submitted')).toBe('published');
    expect(decisionOutcome('comment', 'approve', 'pending')).toBe('published');
  });

  it('keeps a published item published when approved (flags and reports closed)', () => {
    expect(decisionOutcome('proposal', 'approve', 'published')).toBe('published');
  });

  it('rejects a waiting, published or hidden item', () => {
    for (const state of ['submitted', 'published', 'hidden']) expect(decisionOutcome('proposal', 'reject', state)).toBe('rejected');
    for (const state of ['pending', 'published', 'hidden']) expect(decisionOutcome('comment', 'reject', state)).toBe('rejected');
  });

  it('hides only published items, restores and confirms only hidden ones', () => {
    expect(decisionOutcome('proposal', 'hide', 'published')).toBe('hidden');
    expect(decisionOutcome('proposal', 'hide', 'submitted')).toBeNull();
    expect(decisionOutcome('comment', 'restore', 'hidden')).toBe('published');
    expect(decisionOutcome('comment', 'restore', 'published')).toBeNull();
    expect(decisionOutcome('proposal', 'confirm_hidden', 'hidden')).toBe('hidden');
    expect(decisionOutcome('proposal', 'confirm_hidden', 'rejected')).toBeNull();
  });

  it('never touches drafts, withdrawn, merged or deleted items', () => {
    for (const action of ['approve', 'reject', 'hide', 'restore', 'confirm_hidden'] as const) {
      for (const state of ['draft', 'withdrawn', 'merged', 'under_review']) expect(decisionOutcome('proposal', action, state)).toBeNull();
      expect(decisionOutcome('comment', action, 'deleted')).toBeNull();
    }
  });
});

describe('decisionReasonProblem', () => {
  it('wants a charter reason to reject, hide or confirm', () => {
    expect(decisionReasonProblem('reject', null, null)).toBe('reason-required');
    expect(decisionReasonProblem('hide', undefined, 'note')).toBe('reason-required');
    expect(decisionReasonProblem('confirm_hidden', 'spam', null)).toBeNull();
    expect(decisionReasonProblem('reject', 'off_topic', undefined)).toBeNull();
  });

  it('wants a text with "other"', () => {
    expect(decisionReasonProblem('reject', 'other', '  ')).toBe('note-required-for-other');
    expect(decisionReasonProblem('reject', 'other', 'Publicité déguisée')).toBeNull();
  });

  it('takes no reason to approve or restore, a note only', () => {
    expect(decisionReasonProblem('approve', 'spam', null)).toBe('reason-not-expected');
    expect(decisionReasonProblem('restore', null, 'Signalements infondés')).toBeNull();
  });
});

describe('appealOutcomeState', () => {
  it('puts the item back in public view when overturned, leaves it otherwise', () => {
    expect(appealOutcomeState('rejected', 'overturned')).toBe('published');
    expect(appealOutcomeState('hidden', 'upheld')).toBe('hidden');
  });
});
