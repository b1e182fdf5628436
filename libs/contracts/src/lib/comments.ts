import type { Page } from './common';
import type { Contributor } from './proposals';

export const COMMENT_STANCES = ['for', 'against', 'neutral'] as const;
export type CommentStance = (typeof COMMENT_STANCES)[number];
export const COMMENT_BODY_MAX = 5000;
/** Depth 0 is a comment on the proposal; replies go two levels deeper at most (three levels in all). */
export const COMMENT_MAX_DEPTH = 2;
export const COMMENT_SORTS = ['newest', 'oldest', 'balance'] as const;
export type CommentSort = (typeof COMMENT_SORTS)[number];

export interface CommentView {
  id: string;
  parentId: string | null;
  depth: number;
  /** A deleted comment kept for its replies has no author, no body and no stance. */
  deleted: boolean;
  author: Contributor | null;
  stance: CommentStance | null;
  body: string | null;
  createdAt: string;
  editedAt: string | null;
  /** Replies shown (visible ones, oldest first); `replyCount` tells how many there are in all. */
  replies: CommentView[];
  replyCount: number;
  mine: boolean;
}

export interface CommentCounts {
  total: number;
  for: number;
  against: number;
  neutral: number;
}

export interface CommentsPage extends Page<CommentView> {
  counts: CommentCounts;
}

export interface CommentInput {
  body: string;
  stance?: CommentStance;
  parentId?: string;
}

export interface CommentChanges {
  body?: string;
  stance?: CommentStance;
}
