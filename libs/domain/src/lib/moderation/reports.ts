/** An item reported by this many different citizens is hidden until a moderator looks at it. */
export const DEFAULT_REPORTS_TO_HIDE = 3;

export interface ContentReport {
  reporterId: string;
  at: Date;
}

export type ReportProblem = 'own-content' | 'already-reported';

/** Any citizen, once per item, never their own (withdrawing or editing it is the way). */
export function reportProblem(
  reporterId: string,
  authorIds: readonly string[],
  existing: readonly ContentReport[],
): ReportProblem | null {
  if (authorIds.includes(reporterId)) return 'own-content';
  if (existing.some((report) => report.reporterId === reporterId)) return 'already-reported';
  return null;
}

/**
 * Hidden once `threshold` distinct citizens have reported the item since a moderator last restored
 * or confirmed it: earlier reports were answered by that review, so a restored item is not hidden
 * again by the same complaints, only by new ones.
 */
export function isHiddenByReports(
  reports: readonly ContentReport[],
  lastReviewedAt: Date | null = null,
  threshold = DEFAULT_REPORTS_TO_HIDE,
): boolean {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError('The report threshold must be a positive integer');
  const since = lastReviewedAt?.getTime() ?? -Infinity;
  const reporters = new Set(reports.filter((report) => report.at.getTime() > since).map((report) => report.reporterId));
  return reporters.size >= threshold;
}

export interface ModerationDecisionRef {
  id: string;
  decidedBy: string;
  /** Authors of the moderated item: they, and only they, may appeal. */
  authorIds: readonly string[];
  /** A decision taken on appeal is final. */
  onAppeal?: boolean;
}

export type AppealProblem = 'not-author' | 'already-appealed' | 'appeal-decision-final';

/** One appeal per decision, by an author of the item; co-authors share that one appeal. */
export function appealProblem(
  decision: ModerationDecisionRef,
  appellantId: string,
  appealedDecisionIds: readonly string[],
): AppealProblem | null {
  if (decision.onAppeal) return 'appeal-decision-final';
  if (!decision.authorIds.includes(appellantId)) return 'not-author';
  if (appealedDecisionIds.includes(decision.id)) return 'already-appealed';
  return null;
}

export type AppealDeciderProblem = 'cannot-moderate' | 'made-the-decision' | 'is-party';

/**
 * A different moderator or an admin decides (`mayModerate`: moderator, admin, or member of this
 * consultation's committee). Whoever made the decision never decides its appeal, and nobody decides
 * an appeal about their own content.
 */
export function appealDeciderProblem(
  decision: ModerationDecisionRef,
  decider: { id: string; mayModerate: boolean },
): AppealDeciderProblem | null {
  if (!decider.mayModerate) return 'cannot-moderate';
  if (decider.id === decision.decidedBy) return 'made-the-decision';
  if (decision.authorIds.includes(decider.id)) return 'is-party';
  return null;
}
