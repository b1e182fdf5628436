/** The reasons of a moderation charter: every rejection or hiding names one, and so does a report. */
export const MODERATION_REASONS = ['off_topic', 'offensive', 'personal_data', 'duplicate', 'spam', 'other'] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

export function isModerationReason(value: unknown): value is ModerationReason {
  return typeof value === 'string' && (MODERATION_REASONS as readonly string[]).includes(value);
}

export type ModeratedKind = 'proposal' | 'comment';

/** What a moderator decides about one item of the queue. */
export const DECISION_ACTIONS = ['approve', 'reject', 'hide', 'restore', 'confirm_hidden'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/**
 * From which state each decision applies, and the state it leaves. Approving a published item
 * changes nothing but closes its flags and reports ("seen, fine"); confirming a hidden item keeps
 * it hidden and closes its reports. A comment waits in `pending` where a proposal waits in
 * `submitted`.
 */
const TRANSITIONS: Record<ModeratedKind, Record<DecisionAction, Readonly<Record<string, string>>>> = {
  proposal: {
    approve: { submitted: 'published', published: 'published' },
    reject: { submitted: 'rejected', published: 'rejected', hidden: 'rejected' },
    hide: { published: 'hidden' },
    restore: { hidden: 'published' },
    confirm_hidden: { hidden: 'hidden' },
  },
  comment: {
    approve: { pending: 'published', published: 'published' },
    reject: { pending: 'rejected', published: 'rejected', hidden: 'rejected' },
    hide: { published: 'hidden' },
    restore: { hidden: 'published' },
    confirm_hidden: { hidden: 'hidden' },
  },
};

/** The state after the decision, or null when the decision does not apply to an item in `state`. */
export function decisionOutcome(kind: ModeratedKind, action: DecisionAction, state: string): string | null {
  return TRANSITIONS[kind][action][state] ?? null;
}

/** The decisions that take something away from its author: they carry a charter reason and may be appealed. */
export const REASONED_ACTIONS: readonly DecisionAction[] = ['reject', 'hide', 'confirm_hidden'];

export type DecisionReasonProblem = 'reason-required' | 'reason-not-expected' | 'note-required-for-other';

/**
 * Rejecting, hiding and confirming a hidden item name a charter reason ("other" with a text saying
 * which); approving and restoring give back, so they name none (a note stays possible).
 */
export function decisionReasonProblem(
  action: DecisionAction,
  reason: ModerationReason | null | undefined,
  note: string | null | undefined,
): DecisionReasonProblem | null {
  const reasoned = REASONED_ACTIONS.includes(action);
  if (reasoned && !reason) return 'reason-required';
  if (!reasoned && reason) return 'reason-not-expected';
  if (reason === 'other' && !note?.trim()) return 'note-required-for-other';
  return null;
}

/** An appeal that wins puts the item back in public view; one that loses leaves it as decided. */
export function appealOutcomeState(decidedState: string, outcome: 'upheld' | 'overturned'): string {
  return outcome === 'overturned' ? 'published' : decidedState;
}
