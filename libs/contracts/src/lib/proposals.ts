import type { Page } from './common';

export const PROPOSAL_TITLE_MAX = 150;
export const PROPOSAL_SUMMARY_MAX = 500;
export const PROPOSAL_BODY_MAX = 20000;

export const PROPOSAL_STATES = [
  'draft',
  'submitted',
  'published',
  'rejected',
  'withdrawn',
  'hidden',
  'merged',
  'under_review',
  'adopted',
  'adopted_with_amendments',
  'not_adopted',
  'out_of_scope',
  'revision_requested',
  'superseded',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const PROPOSAL_SORTS = ['newest', 'oldest', 'random', 'most_supported', 'best_grade', 'relevance'] as const;
export type ProposalSort = (typeof PROPOSAL_SORTS)[number];

/** A person as shown beside a contribution: the display name, or "deleted participant" once erased. */
export interface Contributor {
  id: string | null;
  displayName: string;
  deleted: boolean;
}

export interface ProposalSummary {
  id: string;
  /** Human number, shown as #ref. */
  ref: number;
  consultationSlug: string;
  title: string;
  summary: string;
  theme: string | null;
  state: ProposalState;
  version: number;
  author: Contributor;
  createdAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
}

export interface CoauthorView extends Contributor {
  /** null while the invitation waits; pending invitations are shown to the authors only. */
  acceptedAt: string | null;
}

/** What the person reading may do with this proposal now. */
export interface ProposalPermissions {
  canEdit: boolean;
  canSubmit: boolean;
  canWithdraw: boolean;
  canInvite: boolean;
  canModerate: boolean;
  canComment: boolean;
}

export interface ProposalDetail extends ProposalSummary {
  body: string;
  /** Sanitised on the server: safe to insert as HTML. */
  bodyHtml: string;
  stateReason: string | null;
  coauthors: CoauthorView[];
  updatedAt: string;
  permissions: ProposalPermissions;
}

export interface ProposalPage extends Page<ProposalSummary> {
  /** The seed of a random order: send it back to keep the same order from page to page. */
  seed?: string;
}

export interface ProposalInput {
  title: string;
  summary?: string;
  body?: string;
  theme?: string | null;
  /** Submit at once instead of keeping a draft. */
  submit?: boolean;
}

export type ProposalChanges = Partial<Omit<ProposalInput, 'submit'>>;

export interface ProposalVersionView {
  version: number;
  title: string;
  summary: string;
  body: string;
  theme: string | null;
  editedBy: Contributor;
  createdAt: string;
}

/** A piece of a diff: unchanged text, or text added or removed between the two versions. */
export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface ProposalDiff {
  from: number;
  to: number;
  mode: 'words' | 'lines';
  title: DiffPart[];
  summary: DiffPart[];
  body: DiffPart[];
  theme: { from: string | null; to: string | null; changed: boolean };
}

export interface SimilarProposal {
  id: string;
  ref: number;
  title: string;
  summary: string;
  /** 0..1, how close the title and words are. */
  score: number;
}

export interface CoauthorInvitation {
  proposalId: string;
  ref: number;
  title: string;
  consultationSlug: string;
  invitedBy: Contributor;
  invitedAt: string;
}

export interface InviteCoauthorRequest {
  email: string;
}

export interface RejectProposalRequest {
  reason: string;
}
