import type { Page } from './common';
import type { Contributor } from './proposals';

/** The charter's reasons, for decisions and reports alike ("other" wants a text). */
export const MODERATION_REASONS = ['off_topic', 'offensive', 'personal_data', 'duplicate', 'spam', 'other'] as const;
export type ModerationReason = (typeof MODERATION_REASONS)[number];

export const MODERATION_TARGET_TYPES = ['proposal', 'comment'] as const;
export type ModerationTargetType = (typeof MODERATION_TARGET_TYPES)[number];

/** Why an item is in the queue: waiting for approval, reported by citizens, or holding personal data. */
export const QUEUE_REASONS = ['submitted', 'reported', 'flagged'] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];

export const DECISION_ACTIONS = ['approve', 'reject', 'hide', 'restore', 'confirm_hidden'] as const;
export type DecisionAction = (typeof DECISION_ACTIONS)[number];

/** Every kind of line in the moderation log. */
export const MODERATION_LOG_ACTIONS = [
  ...DECISION_ACTIONS,
  'merge',
  /** The report threshold was reached: hidden until a moderator restores or confirms. */
  'auto_hide',
  /** New personal data found on write: the item is held (not public) until a moderator looks. */
  'hold_flagged',
  'appeal',
  'appeal_upheld',
  'appeal_overturned',
] as const;
export type ModerationLogAction = (typeof MODERATION_LOG_ACTIONS)[number];

export const APPEAL_OUTCOMES = ['upheld', 'overturned'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const REPORT_TEXT_MAX = 1000;
export const DECISION_NOTE_MAX = 2000;
export const APPEAL_TEXT_MAX = 2000;
export const BULK_DECISION_MAX = 100;
export const CHECK_TEXT_MAX = 25000;

/** A stretch of personal data; start/end are UTF-16 indices into `field`'s text, end exclusive. */
export interface PersonalDataSpanView {
  /** proposal: title | summary | body; comment: body. Absent from POST /moderation/check-text. */
  field?: 'title' | 'summary' | 'body';
  kind: 'email' | 'phone' | 'nir' | 'iban' | 'card';
  start: number;
  end: number;
  text: string;
}

export interface CheckTextRequest {
  text: string;
}

export interface CheckTextResponse {
  spans: PersonalDataSpanView[];
}

export interface ReportsSummary {
  /** Distinct citizens who reported since the last moderator review: what the hiding threshold counts. */
  open: number;
  total: number;
  byReason: Partial<Record<ModerationReason, number>>;
  /** The latest texts given with open reports (at most 5), without who wrote them. */
  texts: string[];
  /** Reports that hide the item in this consultation. */
  threshold: number;
}

export interface DecisionView {
  id: string;
  targetType: ModerationTargetType;
  targetId: string;
  action: DecisionAction;
  reason: ModerationReason | null;
  note: string | null;
  /** The state the item was left in. */
  state: string;
  decidedAt: string;
  /** Only moderators see who decided; an author sees null. */
  decidedBy: Contributor | null;
  /** The author may appeal this decision now (reasoned, still in force, not yet appealed, not itself on appeal). */
  appealable: boolean;
  appeal: AppealView | null;
}

export interface QueueItem {
  targetType: ModerationTargetType;
  id: string;
  consultation: { id: string; slug: string; title: string };
  /** The proposal itself, or the one a comment belongs to. */
  proposal: { id: string; ref: number; title: string };
  state: string;
  reasons: QueueReason[];
  /** Proposals only; null for comments. */
  title: string | null;
  summary: string | null;
  /** Markdown for proposals, plain text for comments: show as text, highlighting `personalData`. */
  body: string;
  author: Contributor;
  createdAt: string;
  updatedAt: string;
  personalData: PersonalDataSpanView[];
  reports: ReportsSummary;
  lastDecision: DecisionView | null;
}

export type QueuePage = Page<QueueItem>;

export interface DecisionRequest {
  /** Required to reject, hide and confirm_hidden; refused to approve and restore. */
  reason?: ModerationReason;
  /** Required with reason "other"; optional otherwise. Sent to the author. */
  note?: string;
}

export interface BulkDecisionRequest extends DecisionRequest {
  action: 'approve' | 'reject';
  targetType: ModerationTargetType;
  ids: string[];
}

export interface BulkDecisionResult {
  results: { id: string; ok: boolean; statusCode: number; decision?: DecisionView; message?: string }[];
}

export interface AppealRequest {
  text: string;
}

export interface AppealView {
  id: string;
  decisionId: string;
  text: string;
  createdAt: string;
  outcome: AppealOutcome | null;
  note: string | null;
  decidedAt: string | null;
}

/** An appeal as moderators list it: with the decision and the item. */
export interface AppealListItem extends AppealView {
  decision: DecisionView;
  consultation: { slug: string; title: string };
  proposal: { id: string; ref: number; title: string };
  /** Whether the reader may decide it (not the one who made the decision, not an author). */
  canDecide: boolean;
}

export interface AppealDecisionRequest {
  outcome: AppealOutcome;
  note?: string;
}

export interface ReportRequest {
  targetType: ModerationTargetType;
  targetId: string;
  reason: ModerationReason;
  text?: string;
}

export interface ReportReceipt {
  id: string;
  createdAt: string;
}

export interface MergeRequest {
  /** The duplicate (uuid or #ref number). */
  from: string;
  /** The proposal it joins (uuid or #ref number). */
  into: string;
}

export interface MergeResult {
  from: { id: string; ref: number };
  into: { id: string; ref: number };
  /** Open ballots moved to `into`, and those dropped because the participant had one there already. */
  ballotsMoved: number;
  ballotsDropped: number;
  /** Secret ballots moved (register and box rows, one for one). */
  secretBallotsMoved: number;
  coauthorsAdded: number;
}

/** GET /api/proposals/:id of a merged proposal carries where it went: the web redirects there. */
export interface ProposalMergeInfo {
  mergedInto: { id: string; ref: number; title: string; consultationSlug: string } | null;
}

/**
 * Extra fields of GET /api/proposals/:id (ProposalDetail & ProposalModerationExtras). `personalData`
 * and `moderation` are filled for its authors and moderators only (empty / null for others).
 */
export interface ProposalModerationExtras extends ProposalMergeInfo {
  personalData: PersonalDataSpanView[];
  moderation: { lastDecision: DecisionView | null } | null;
}

export interface ModerationLogEntry {
  id: string;
  at: string;
  /** null for the system (automatic hiding, holding flagged content). */
  actor: Contributor | null;
  action: ModerationLogAction;
  targetType: ModerationTargetType;
  targetId: string;
  consultation: { slug: string };
  reason: string | null;
  note: string | null;
  /** The decision an appeal line refers to, or the decision id of a decision line. */
  decisionId: string | null;
}

export type ModerationLogPage = Page<ModerationLogEntry>;

/** Counts per charter reason; "reported" counts items hidden by reports that no moderator has reviewed yet. */
export type ReasonCounts = Partial<Record<ModerationReason | 'reported', number>>;

/** Public transparency: numbers only, no text, no person. */
export interface ModerationSummary {
  consultationSlug: string;
  proposals: { rejected: ReasonCounts; hidden: ReasonCounts; merged: number };
  comments: { rejected: ReasonCounts; hidden: ReasonCounts };
  decisions: number;
  appeals: { filed: number; upheld: number; overturned: number; pending: number };
}

/** Notification kinds sent by moderation (params in the report of the moderation issue). */
export const MODERATION_NOTIFICATION_KINDS = [
  'moderation.approved',
  'moderation.rejected',
  'moderation.hidden',
  'moderation.restored',
  'moderation.hidden-confirmed',
  'moderation.hidden-by-reports',
  'moderation.merged',
  'moderation.merged-into',
  'moderation.appeal-upheld',
  'moderation.appeal-overturned',
] as const;
export type ModerationNotificationKind = (typeof MODERATION_NOTIFICATION_KINDS)[number];
