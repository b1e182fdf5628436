import type { Page } from './common';
import type { GradeData, Phase, VotingMethodName } from './consultations';
import type { ProposalState } from './proposals';

export type BallotSecrecyName = 'open' | 'secret';

export const FOR_AGAINST_CHOICES = ['for', 'against', 'abstain'] as const;
export type ForAgainstChoice = (typeof FOR_AGAINST_CHOICES)[number];

/** Recorded and shown, outside the scale: by default not counted in the majority grade. */
export const NO_OPINION = 'no_opinion';
export type GradeChoice = number | typeof NO_OPINION;

/**
 * PUT /api/proposals/:id/vote, one shape per voting method:
 * support `{support: true}`, for/against `{choice}`, majority judgment `{grade: 1..k | 'no_opinion'}`.
 */
export type CastBallotRequest = { support: true } | { choice: ForAgainstChoice } | { grade: GradeChoice };

/** A ballot as its voter sees it (open ballots only: a secret ballot is never shown back). */
export type BallotView = CastBallotRequest;

export interface MyBallot {
  proposalId: string;
  method: VotingMethodName;
  secrecy: BallotSecrecyName;
  voted: boolean;
  /** Open ballots: what I voted; secret ballots: always null, the box keeps no link to me. */
  ballot: BallotView | null;
  /** Open ballots only. */
  castAt: string | null;
  /** A secret ballot is final once cast: no change, no retraction. */
  final: boolean;
  /**
   * Secret ballots, in the answer to casting only: the ballot tracker to keep. It is stored nowhere
   * with the voter, so it is never shown again; after the close it appears in the published list.
   */
  tracker: string | null;
}

export interface SupportResults {
  method: 'support';
  supports: number;
}

export interface ForAgainstResults {
  method: 'for_against';
  for: number;
  against: number;
  abstain: number;
  /** Shares of all ballots, abstentions included (they sum to 1; all 0 without ballots). */
  shares: { for: number; against: number; abstain: number };
  /** for / (for + against); null when nobody took a side. */
  approval: number | null;
}

export interface MajorityGaugeView {
  grade: number;
  sign: '+' | '-';
  /** p when the sign is +, q when it is −. */
  share: number;
  p: number;
  q: number;
}

export interface MajorityJudgmentResults {
  method: 'majority_judgment';
  /** Grades counted (no-opinion ballots only when they count as the lowest grade). */
  n: number;
  noOpinion: number;
  noOpinionPolicy: 'exclude' | 'lowest';
  /** Every grade of the scale, worst to best. */
  counts: Record<number, number>;
  /** Merit profile: counts[g] / n. */
  profile: Record<number, number>;
  majorityGrade: number | null;
  gauge: MajorityGaugeView | null;
  /** Competition rank among the standing proposals of the same round ("1, 2, 2, 4"); null when not ranked. */
  rank: number | null;
  /** Unique place in that list (ties broken by creation order). */
  position: number | null;
  tiedWithPrevious: boolean;
  /** Tied with the proposal above or below: each proposal of a tie shows "ex aequo" and shares the rank. */
  tied: boolean;
  /** The rule that put it after the previous proposal: majority-grade, gauge-sign, gauge-share, median-removal or tie. */
  decidedBy: string | null;
  rankedAmong: number;
  /** Worst first, so a merit-profile chart can be drawn with its labels. */
  scale: GradeData[];
}

export type MethodResults = SupportResults | ForAgainstResults | MajorityJudgmentResults;

export interface ProposalResults {
  proposal: { id: string; ref: number; title: string; state: ProposalState; round: number; revisionOf: string | null };
  secrecy: BallotSecrecyName;
  /** Every ballot cast, abstentions and "no opinion" included. */
  ballots: number;
  /**
   * A secret result with too few ballots to keep them secret (fewer than the instance's minimum,
   * 5 by default, never below 3): only `ballots` is published, `results` counts nothing and the
   * proposal is not ranked.
   */
  withheld: boolean;
  /** Secret ballots: the instance's minimum under which a result is withheld; null for open ballots. */
  secretMinimum: number | null;
  results: MethodResults;
}

/** GET /api/consultations/:slug/results: a round's results, best first, paginated. */
export interface ConsultationResults extends Page<ProposalResults> {
  consultationId: string;
  slug: string;
  phase: Phase;
  method: VotingMethodName;
  secrecy: BallotSecrecyName;
  /** The round shown (query `round`, the current round by default). */
  round: number;
  currentRound: number;
}

export interface RevisionRoundStarted {
  /** The new round, now open for voting on the new versions. */
  round: number;
  phase: Phase;
  threshold: number;
  /** Sent back to their authors (state revision_requested). */
  revise: string[];
  keep: string[];
  /** Nobody graded them: neither kept nor sent back, the admins decide. */
  ungraded: string[];
}

/** POST /api/proposals/:id/revisions: the new version of a proposal sent back for revision. */
export interface RevisionRequest {
  title: string;
  summary?: string;
  body?: string;
}

export interface RevisionCreated {
  id: string;
  ref: number;
  revisionOf: string;
  round: number;
  /** published under post-moderation, submitted (awaiting a moderator) under pre-moderation. */
  state: ProposalState;
}

/** A published ballot tracker and the proposal its ballot was cast on (never its value). */
export interface BallotTrackerEntry {
  tracker: string;
  proposal: { ref: number; title: string };
}

/**
 * GET /api/consultations/:slug/ballot-trackers: the trackers of every secret ballot counted in the
 * closed rounds, sorted, with the counts anyone can compare: voters in the register, values in the
 * box, trackers published.
 */
export interface BallotTrackerList extends Page<BallotTrackerEntry> {
  slug: string;
  /** True while the current round's ballots are still sealed (they join the list at its close). */
  votingOpen: boolean;
  counts: { register: number; box: number; trackers: number };
}

/** GET /api/consultations/:slug/ballot-trackers/:tracker */
export interface BallotTrackerCheck {
  tracker: string;
  found: boolean;
  proposal: { ref: number; title: string } | null;
}
