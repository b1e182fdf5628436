import type {
  CommitteeMemberView,
  CommitteePublicationName,
  CommitteeSettingsData,
  CommitteeChoiceName,
  CommitteeTallyData,
  ResponseDecisionName,
} from './committee';
import type { Page } from './common';
import type { GradeData, Phase, VotingMethodName } from './consultations';
import type { Contributor } from './proposals';
import type { BallotSecrecyName, ProposalResults } from './votes';

/*
 * Outcomes (issue 5): publication by the chair, the public outcome report (page, PDF, CSV, JSON),
 * fingerprints of official responses, the follow-up of adopted recommendations, the audit log.
 */

export const PUBLICATION_PROBLEM_NAMES = [
  'vote-open',
  'no-response',
  'empty-opinion',
  'amended-text-missing',
  'amended-text-unexpected',
  'decision-mismatch',
] as const;
export type PublicationProblemName = (typeof PUBLICATION_PROBLEM_NAMES)[number];

/** GET /api/consultations/:slug/outcomes/readiness (committee members, admins). */
export interface PublicationReadiness {
  ready: boolean;
  /** Proposals under review. */
  reviewed: number;
  /** What stops publication, proposal by proposal (the same list as the 409 of publish). */
  missing: { proposalId: string; ref: number; title: string; problems: PublicationProblemName[] }[];
  /** The reader is the chair and the consultation is in committee_review. */
  canPublish: boolean;
}

/**
 * Exactly what a fingerprint covers (schema concordia.official-response/1). Anyone recomputes it as
 * lowercase hex SHA-256 of the UTF-8 bytes of the RFC 8785 canonical JSON of `document`.
 */
export interface OfficialResponseDocumentData {
  schema: 'concordia.official-response/1';
  consultation: { slug: string; title: string };
  /** The text the committee answered: the proposal's version at publication, Markdown as written. */
  proposal: { id: string; ref: number; version: number; title: string; summary: string; body: string };
  decision: ResponseDecisionName;
  /** Markdown as written (the HTML is not fingerprinted: it depends on the renderer). */
  opinion: string;
  /** Only for adopted_with_amendments, else null. */
  amendedText: string | null;
  committeeVote: CommitteeTallyData;
  /** ISO 8601, UTC, milliseconds. */
  publishedAt: string;
}

export interface ResponseFingerprint {
  algorithm: 'SHA-256';
  canonicalization: 'RFC 8785';
  /** 64 lowercase hex digits. */
  value: string;
  document: OfficialResponseDocumentData;
}

/** A committee ballot once published: with the member's name (named publication) or without. */
export interface PublishedCommitteeBallot {
  /** null under anonymous publication. */
  member: string | null;
  kind: 'vote' | 'recusal';
  choice: CommitteeChoiceName | null;
  grade: number | 'no_opinion' | null;
  amendments: boolean;
  /** The reason of a vote; for a recusal, the declared conflict of interest (named publication only). */
  reason: string;
}

export interface PublishedCommitteeVote {
  publication: CommitteePublicationName;
  tally: CommitteeTallyData;
  /**
   * named: every ballot and recusal with the member's name, in roster order;
   * anonymous: the votes' reasons without names, sorted by choice (or grade) then text; recusals
   * appear only as the count in the tally.
   */
  ballots: PublishedCommitteeBallot[];
}

export interface FollowUpCurrent {
  status: FollowUpStatusName;
  progress: number;
  /** Date of the latest update (YYYY-MM-DD) and when it was posted. */
  date: string;
  postedAt: string;
  /** Why it was abandoned (abandoned only). */
  reason: string | null;
}

export interface OutcomeRecommendation {
  proposal: { id: string; ref: number; title: string; summary: string; theme: string | null; version: number; authors: Contributor[] };
  decision: ResponseDecisionName;
  opinion: string;
  /** Sanitised on the server: safe to insert as HTML. */
  opinionHtml: string;
  amendedText: string | null;
  amendedTextHtml: string | null;
  citizens: ProposalResults;
  committee: PublishedCommitteeVote;
  publishedAt: string;
  fingerprint: ResponseFingerprint;
  /** Adopted recommendations only: where the follow-up stands (null before the first update). */
  followUp: FollowUpCurrent | null;
}

export interface DecisionCount {
  decision: ResponseDecisionName;
  count: number;
}

export interface OutcomeSynthesis {
  /** Proposals the committee reviewed and answered. */
  reviewed: number;
  /** All four decisions, always in this order (a chart and its data table). */
  decisions: DecisionCount[];
  participation: {
    /** Distinct people who proposed, voted or commented. */
    participants: number;
    /** Citizens' ballots on the consultation's proposals (every round). */
    ballots: number;
    /** Proposals that were published (whatever became of them). */
    proposals: number;
    /** Published comments. */
    comments: number;
  };
}

export interface OutcomeConsultation {
  id: string;
  slug: string;
  title: string;
  summary: string;
  phase: Phase;
  votingMethod: VotingMethodName;
  ballotSecrecy: BallotSecrecyName;
  /** The grade scale (worst first) of majority-judgment results, the committee's included. */
  gradeScale: GradeData[];
}

/**
 * GET /api/consultations/:slug/outcomes (public, 404 before publication): the synthesis, then the
 * recommendations (paginated, `pageSize` ≤ 100, in proposal number order). The JSON download holds
 * every recommendation at once.
 */
export interface OutcomeReport extends Page<OutcomeRecommendation> {
  consultation: OutcomeConsultation;
  publishedAt: string;
  committee: {
    size: number;
    /** Names and roles under named publication; null under anonymous publication. */
    members: Pick<CommitteeMemberView, 'displayName' | 'role'>[] | null;
    settings: CommitteeSettingsData;
  };
  synthesis: OutcomeSynthesis;
}

/** GET …/outcomes.json: the whole report (every recommendation) with its fingerprints. */
export interface OutcomeReportExport extends OutcomeReport {
  format: 'concordia.outcomes/1';
  generatedAt: string;
  fingerprintDefinition: string;
}

export const FOLLOW_UP_STATUS_NAMES = ['planned', 'in_progress', 'done', 'abandoned'] as const;
export type FollowUpStatusName = (typeof FOLLOW_UP_STATUS_NAMES)[number];

/** POST /api/proposals/:id/follow-up (admins), on an adopted recommendation once outcomes are published. */
export interface FollowUpRequest {
  status: FollowUpStatusName;
  /** 0–100; absent: 100 when done, else the previous update's progress (0 for the first). */
  progress?: number;
  /** YYYY-MM-DD: when it happened or is planned; today (UTC) by default. */
  date?: string;
  /** A short milestone title (≤ 200), e.g. "Registre en ligne". */
  milestone?: string;
  /** Markdown (≤ 5000). */
  details?: string;
  /** Required when abandoned (≤ 2000). */
  reason?: string;
}

export interface FollowUpEntryView {
  id: string;
  proposal: { id: string; ref: number; title: string };
  status: FollowUpStatusName;
  progress: number;
  date: string;
  milestone: string | null;
  details: string;
  detailsHtml: string;
  reason: string | null;
  postedAt: string;
}

/** GET /api/proposals/:id/follow-up (public): the whole timeline, oldest date first. */
export interface ProposalFollowUp {
  proposal: { id: string; ref: number; title: string; decision: ResponseDecisionName; consultationSlug: string; consultationTitle: string };
  current: FollowUpCurrent | null;
  entries: FollowUpEntryView[];
}

/** GET /api/consultations/:slug/follow-up (public): every adopted recommendation, then the timeline newest first, paginated. */
export interface ConsultationFollowUp extends Page<FollowUpEntryView> {
  consultation: { slug: string; title: string; phase: Phase };
  recommendations: { proposalId: string; ref: number; title: string; decision: ResponseDecisionName; current: FollowUpCurrent | null }[];
}

export interface AuditEntryView {
  seq: number;
  kind: string;
  /** Public data only (no personal data): see the kinds in the API's audit-log documentation. */
  payload: unknown;
  previousHash: string | null;
  /** SHA-256 hex of canonicalJson({payload, previousHash}). */
  hash: string;
  createdAt: string;
}

/** GET /api/audit-log/verify: the whole chain checked on the server. */
export type AuditVerification =
  | { valid: true; entries: number; lastHash: string | null }
  | { valid: false; entries: number; seq: number; problem: 'broken-link' | 'hash-mismatch' | 'not-canonicalisable' };

/**
 * Notification kinds written by the committee and outcomes (web key: notifications.kinds.<kind>).
 * Every param is a string or a number.
 */
export interface OutcomeNotificationParams {
  /** To each author (first author and accepted co-authors) of a reviewed proposal, in-app and by e-mail. */
  'outcome.decision': {
    consultationSlug: string;
    consultationTitle: string;
    proposalRef: number;
    proposalTitle: string;
    decision: ResponseDecisionName;
  };
  /** Once per consultation to every citizen who voted on or commented a reviewed proposal, in-app and by e-mail. */
  'outcomes.published': { consultationSlug: string; consultationTitle: string; recommendations: number; adopted: number };
  /** To the followers of an adopted recommendation: in-app always, by e-mail when the status changed. */
  'follow-up.posted': {
    consultationSlug: string;
    proposalRef: number;
    proposalTitle: string;
    status: FollowUpStatusName;
    progress: number;
    /** '' when the update names no milestone. */
    milestone: string;
  };
  /** In-app, to every committee member when the review opens. */
  'committee.review-opened': { consultationSlug: string; consultationTitle: string; proposals: number };
  /** In-app, to the member the chair made rapporteur. */
  'committee.rapporteur-assigned': { consultationSlug: string; proposalRef: number; proposalTitle: string };
}

/** POST /api/consultations/:slug/outcomes/publish (the chair): what was published. */
export interface OutcomesPublished {
  publishedAt: string;
  responses: { proposalId: string; ref: number; title: string; decision: ResponseDecisionName; fingerprint: string }[];
}
