import type { Page } from './common';
import type { Phase, ReviewRuleData } from './consultations';
import type { Contributor, ProposalState } from './proposals';
import type { ProposalResults } from './votes';

/*
 * The committee of a consultation (issue 5): roster and rules, the review workspace, sealed committee
 * ballots, official response drafts. Every endpoint here is for the consultation's committee members
 * (TOTP-verified `committee` role and on the roster) and, where said, admins.
 */

export const COMMITTEE_ROLES = ['member', 'chair'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

export const COMMITTEE_VOTE_METHOD_NAMES = ['choices', 'majority_judgment'] as const;
export type CommitteeVoteMethodName = (typeof COMMITTEE_VOTE_METHOD_NAMES)[number];

export const COMMITTEE_PUBLICATION_NAMES = ['named', 'anonymous'] as const;
export type CommitteePublicationName = (typeof COMMITTEE_PUBLICATION_NAMES)[number];

export const COMMITTEE_CHOICE_NAMES = ['adopt', 'adopt_with_amendments', 'reject', 'abstain'] as const;
export type CommitteeChoiceName = (typeof COMMITTEE_CHOICE_NAMES)[number];

/** What a committee vote decides. */
export type CommitteeDecisionName = 'adopted' | 'adopted_with_amendments' | 'not_adopted';

/** What an official response publishes: the vote's decision, or out_of_scope where the vote did not adopt. */
export const RESPONSE_DECISION_NAMES = ['adopted', 'adopted_with_amendments', 'not_adopted', 'out_of_scope'] as const;
export type ResponseDecisionName = (typeof RESPONSE_DECISION_NAMES)[number];

/** Mirrors libs/domain CommitteeSettings. */
export interface CommitteeSettingsData {
  voteMethod: CommitteeVoteMethodName;
  /** Choices only; null for the simple majority (in favour > against). E.g. {numerator: 2, denominator: 3}. */
  qualifiedMajority: { numerator: number; denominator: number } | null;
  /** Majority judgment only; null for the grade just above the middle of the scale (4 on 1–5). */
  adoptionMinGrade: number | null;
  /** Whether each member's ballot is published with their name, or only the tally and anonymous reasons. */
  publication: CommitteePublicationName;
}

export interface CommitteeMemberView {
  userId: string;
  displayName: string;
  role: CommitteeRole;
}

/** PUT /api/consultations/:slug/committee (admins). */
export interface SetCommitteeRequest {
  /** Exactly one chair; every member must hold the `committee` role. */
  members: { userId: string; role: CommitteeRole }[];
  /** Partial, merged into the current rules; locked (409) once a committee ballot is cast. */
  settings?: Partial<CommitteeSettingsData>;
}

/** What the reader is to this committee. */
export interface CommitteeViewer {
  isMember: boolean;
  isChair: boolean;
  isAdmin: boolean;
}

/** GET /api/consultations/:slug/committee (committee members of the consultation, admins). */
export interface CommitteeView {
  consultation: { id: string; slug: string; title: string; phase: Phase };
  members: CommitteeMemberView[];
  settings: CommitteeSettingsData;
  /** The consultation's rule for which proposals reach the committee. */
  reviewRule: ReviewRuleData;
  review: {
    opened: boolean;
    openedAt: string | null;
    /** The chair or an admin may open it now (phase committee_review, roster with a chair, not opened yet). */
    canOpen: boolean;
    /** Proposals under review; among them, votes closed and responses drafted. */
    proposals: number;
    votesClosed: number;
    responsesDrafted: number;
    outcomesPublishedAt: string | null;
  };
  /** True once a committee ballot exists: the rules can no longer change. */
  settingsLocked: boolean;
  viewer: CommitteeViewer;
}

/** A member's own ballot as sent: a choice (or a grade under majority judgment) with its reason, or a recusal. */
export interface CommitteeBallotRequest {
  /** Choices method: one of the four choices; either method: 'recuse' to declare a conflict of interest. */
  choice?: CommitteeChoiceName | 'recuse';
  /** Majority judgment: 1..k or 'no_opinion'. */
  grade?: number | 'no_opinion';
  /** Majority judgment: adopt only once amended. */
  amendments?: boolean;
  /** Required: the reason of the vote, or the declared conflict of interest of a recusal (≤ 5000 characters). */
  reason: string;
}

export interface CommitteeBallotView {
  proposalId: string;
  member: { userId: string; displayName: string };
  kind: 'vote' | 'recusal';
  choice: CommitteeChoiceName | null;
  grade: number | 'no_opinion' | null;
  amendments: boolean;
  /** The reason, or the declared conflict of interest. */
  reason: string;
  castAt: string;
  updatedAt: string;
}

/** The committee tally, whole numbers only; the same object is stored at close, published and fingerprinted. */
export interface CommitteeTallyAttendance {
  members: number;
  recused: number;
  /** Members not recused: the base of the quorum. */
  eligible: number;
  /** Ballots cast, abstentions included. */
  voted: number;
  quorumRequired: number;
}

export interface ChoicesTallyData extends CommitteeTallyAttendance {
  method: 'choices';
  adopt: number;
  adoptWithAmendments: number;
  reject: number;
  abstain: number;
  qualifiedMajority: { numerator: number; denominator: number } | null;
  decision: CommitteeDecisionName;
  /** The domain's reasons, e.g. majority-in-favour, amendments-outnumber-adopt, tie, qualified-majority-missing. */
  reasons: string[];
}

export interface JudgmentTallyData extends CommitteeTallyAttendance {
  method: 'majority_judgment';
  /** Grade (as a string key, worst first) → members who gave it. */
  counts: Record<string, number>;
  noOpinion: number;
  majorityGrade: number | null;
  adoptionMinGrade: number;
  amendmentsRequested: number;
  adoptAsItStands: number;
  decision: CommitteeDecisionName;
  reasons: string[];
}

export type CommitteeTallyData = ChoicesTallyData | JudgmentTallyData;

/**
 * A committee vote as a member or admin sees it. Before the chair closes it only counts are shown
 * (never anyone's choice) and `myBallot` is the reader's own; after, `tally` and `decision` are set.
 */
export interface CommitteeVoteStatus {
  method: CommitteeVoteMethodName;
  closed: boolean;
  closedAt: string | null;
  /** Ballots cast so far (recusals apart) and recusals: counts only, never who chose what. */
  ballotsCast: number;
  recusals: number;
  eligible: number;
  quorumRequired: number;
  quorumReached: boolean;
  decision: CommitteeDecisionName | null;
  tally: CommitteeTallyData | null;
  /** The reader's own ballot (members only; null for admins or before voting). */
  myBallot: CommitteeBallotView | null;
  /** The reader may cast or change a ballot now. */
  canVote: boolean;
  /** The reader is the chair and the vote is open. */
  canClose: boolean;
}

export interface ResponseDraftView {
  proposalId: string;
  /** null: the committee vote's decision will be published. */
  decision: ResponseDecisionName | null;
  /** Markdown as written, and rendered + sanitised on the server (safe to insert). */
  opinion: string;
  opinionHtml: string;
  amendedText: string | null;
  amendedTextHtml: string | null;
  /** Send it back as `revision` to refuse overwriting a colleague's newer draft (409). */
  revision: number;
  editedBy: Contributor | null;
  updatedAt: string;
  publishedAt: string | null;
  fingerprint: string | null;
}

/** PUT /api/proposals/:id/committee/response (committee members). */
export interface ResponseDraftRequest {
  decision?: ResponseDecisionName | null;
  opinion: string;
  amendedText?: string | null;
  /** The revision the draft was edited from; omit to overwrite whatever is there. */
  revision?: number;
}

/** One proposal under review, as the workspace lists it. */
export interface ReviewItem {
  proposal: {
    id: string;
    ref: number;
    title: string;
    summary: string;
    theme: string | null;
    state: ProposalState;
    version: number;
    authors: Contributor[];
  };
  /** The citizens' results (same shape as GET /api/proposals/:id/results). */
  citizens: ProposalResults;
  rapporteur: CommitteeMemberView | null;
  vote: CommitteeVoteStatus;
  response: { status: 'none' | 'draft' | 'published'; decision: ResponseDecisionName | null; updatedAt: string | null };
  /** Private notes on it: a count for committee members, null for admins (notes are the committee's only). */
  notes: number | null;
}

/** GET /api/consultations/:slug/committee/reviews. */
export type ReviewPage = Page<ReviewItem>;

/** GET /api/proposals/:id/committee: one item plus its body, for the proposal's review page. */
export interface ReviewDetail extends ReviewItem {
  consultation: { slug: string; title: string; phase: Phase };
  body: string;
  bodyHtml: string;
}

export interface CommitteeNoteView {
  id: string;
  proposalId: string;
  author: Contributor;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** The reader wrote it: may edit or delete it. */
  mine: boolean;
}

export interface CommitteeNoteRequest {
  /** Plain text, 1–10000 characters; never published. */
  body: string;
}

/** PUT /api/proposals/:id/committee/rapporteur (chair). */
export interface RapporteurRequest {
  /** A member of the committee, or null to unassign. */
  userId: string | null;
}

/** POST /api/consultations/:slug/committee/review (chair or admin): what the review rule selected. */
export interface ReviewOpened {
  openedAt: string;
  /** Proposals moved to under_review by this call (empty when the review was already open). */
  selected: string[];
  /** Total under review. */
  proposals: number;
}

/** GET /api/committee/consultations (committee role): the committees the reader sits on. */
export interface MyCommittee {
  consultation: { slug: string; title: string; phase: Phase };
  role: CommitteeRole;
  reviewOpened: boolean;
  /** Proposals under review and, among them, votes the reader has not cast yet (open votes only). */
  proposals: number;
  awaitingMyBallot: number;
}

/** GET /api/committee/candidates (admins): accounts holding the committee role, for the roster form. */
export interface CommitteeCandidate {
  userId: string;
  displayName: string;
  email: string;
  /** Whether the account has its second factor (a committee member needs it to act). */
  totpEnabled: boolean;
}
