/** Where an adopted recommendation stands, as the administration reports it. */
export const FOLLOW_UP_STATUSES = ['planned', 'in_progress', 'done', 'abandoned'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export type FollowUpProblem =
  | 'unknown-status'
  /** Abandoning a recommendation the citizens asked for needs a public reason. */
  | 'reason-required'
  | 'progress-range'
  /** "Done" at less than 100 % would contradict itself. */
  | 'done-needs-full-progress';

export interface FollowUpInput {
  status: FollowUpStatus;
  /** 0–100; absent: see followUpProgress. */
  progress?: number | null;
  reason?: string | null;
}

export function followUpProblems(input: FollowUpInput): FollowUpProblem[] {
  const problems: FollowUpProblem[] = [];
  if (!(FOLLOW_UP_STATUSES as readonly string[]).includes(input.status)) problems.push('unknown-status');
  if (input.status === 'abandoned' && !(input.reason ?? '').trim()) problems.push('reason-required');
  const progress = input.progress;
  if (progress !== undefined && progress !== null) {
    if (!Number.isInteger(progress) || progress < 0 || progress > 100) problems.push('progress-range');
    else if (input.status === 'done' && progress !== 100) problems.push('done-needs-full-progress');
  }
  return problems;
}

/**
 * The progress an update records when none is given: 100 % once done, otherwise where the
 * previous update left it (0 for the first), so posting a milestone does not reset the bar.
 */
export function followUpProgress(input: FollowUpInput, previous: number | null): number {
  if (input.progress !== undefined && input.progress !== null) return input.progress;
  if (input.status === 'done') return 100;
  return previous ?? 0;
}
