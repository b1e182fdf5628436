import { Injectable } from '@nestjs/common';
import { COMMENT_MAX_DEPTH, CommentsPage, CommentView, Language, Page } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import { AppException, badRequest, conflict, forbidden } from '../common/http/app-exception';
import type { ConsultationEntity } from '../consultations/consultation.entity';
import { EligibilityService } from '../consultations/eligibility.service';
import type { Viewer } from '../consultations/viewer';
import { ModerationLogWriter } from '../moderation/shared/moderation-log.repository';
import { flagsAfterWrite } from '../moderation/shared/personal-data-flags';
import { isPublicProposal } from '../proposals/proposal-rules';
import { contributor } from '../proposals/proposal.mapper';
import { ProposalsService } from '../proposals/proposals.service';
import type { CommentEntity } from './comment.entity';
import { CommentRow, CommentsRepository } from './comments.repository';
import type { CommentsQueryDto, CreateCommentDto, UpdateCommentDto } from './comments.dto';

@Injectable()
export class CommentsService {
  constructor(
    private readonly comments: CommentsRepository,
    private readonly proposals: ProposalsService,
    private readonly eligibility: EligibilityService,
    private readonly log: ModerationLogWriter,
  ) {}

  /**
   * A placeholder keeps its place in the thread and nothing of what or who. Its author still sees
   * a comment held for moderation, marked `pendingReview`, so they can fix it.
   */
  private view(row: CommentRow, viewer: Viewer, language: Language, replyCount = 0): CommentView & { pendingReview?: true } {
    const heldForMe = row.state === 'pending' && !!viewer && row.author_id === viewer.user.id;
    const deleted = row.state !== 'published' && !heldForMe;
    return {
      ...(heldForMe ? { pendingReview: true as const } : {}),
      id: row.id,
      parentId: row.parent_id,
      depth: row.depth,
      deleted,
      author: deleted ? null : contributor(row.author_id, row.author_name, language),
      stance: deleted ? null : row.stance,
      body: deleted ? null : row.body,
      createdAt: new Date(row.created_at).toISOString(),
      editedAt: !deleted && row.edited_at ? new Date(row.edited_at).toISOString() : null,
      replies: [],
      replyCount,
      mine: !deleted && !!viewer && row.author_id === viewer.user.id,
    };
  }

  /** A page of top-level comments, each with its replies (two levels), and the counts per stance. */
  async list(proposalIdOrRef: string, query: CommentsQueryDto, viewer: Viewer, language: Language): Promise<CommentsPage> {
    const { proposal } = await this.proposals.findViewable(proposalIdOrRef, viewer);
    const { page, pageSize } = query;
    const [{ rows, total }, counts] = await Promise.all([
      this.comments.topLevel(proposal.id, query.sort ?? 'newest', page, pageSize),
      this.comments.counts(proposal.id),
    ]);
    const replies = await this.comments.descendants(rows.map((row) => row.id));
    const replyCounts = await this.comments.replyCounts([...rows, ...replies].map((row) => row.id));
    const views = new Map<string, CommentView>();
    for (const row of [...rows, ...replies]) views.set(row.id, this.view(row, viewer, language, replyCounts.get(row.id) ?? 0));
    for (const row of replies) views.get(row.parent_id as string)?.replies.push(views.get(row.id) as CommentView);
    return { items: rows.map((row) => views.get(row.id) as CommentView), page, pageSize, total, counts };
  }

  async replies(commentId: string, page: number, pageSize: number, viewer: Viewer, language: Language): Promise<Page<CommentView>> {
    const { comment } = await this.findReadable(commentId, viewer);
    const { rows, total } = await this.comments.replies(comment.id, page, pageSize);
    const counts = await this.comments.replyCounts(rows.map((row) => row.id));
    return { items: rows.map((row) => this.view(row, viewer, language, counts.get(row.id) ?? 0)), page, pageSize, total };
  }

  async create(proposalIdOrRef: string, input: CreateCommentDto, auth: AuthContext, language: Language): Promise<CommentView> {
    const { proposal, consultation } = await this.proposals.findViewable(proposalIdOrRef, auth);
    if (!isPublicProposal(proposal) || proposal.state === 'withdrawn') throw conflict('comments.proposal-not-public');
    if (proposal.state === 'merged') throw conflict('comments.proposal-merged');
    await this.eligibility.assertCanAct(consultation, auth.user, 'comment');
    let depth = 0;
    if (input.parentId) {
      const parent = await this.comments.findById(input.parentId);
      if (!parent || parent.proposalId !== proposal.id) throw new AppException(404, 'comments.not-found');
      if (parent.depth >= COMMENT_MAX_DEPTH) throw badRequest('comments.too-deep');
      if (parent.state !== 'published') throw conflict('comments.parent-unavailable');
      depth = parent.depth + 1;
    }
    const row = await this.comments.insert({
      proposalId: proposal.id,
      parentId: input.parentId ?? null,
      depth,
      authorId: auth.user.id,
      stance: input.stance ?? 'neutral',
      body: input.body,
      ...flagsAfterWrite(null, false, { body: input.body }),
    });
    if (row.state === 'pending') await this.logHold(consultation.id, row.id, null);
    return this.view(row, auth, language);
  }

  async update(commentId: string, changes: UpdateCommentDto, auth: AuthContext, language: Language): Promise<CommentView> {
    const { comment, consultation } = await this.findOwn(commentId, auth);
    await this.eligibility.assertCanAct(consultation, auth.user, 'comment');
    if (changes.body !== undefined || changes.stance !== undefined) {
      const flags = changes.body === undefined ? null : flagsAfterWrite({ body: comment.body }, comment.personalDataPending, { body: changes.body });
      const edited = await this.comments.edit(comment.id, auth.user.id, changes, flags);
      if (!edited) throw new AppException(404, 'comments.not-found');
      if (edited.before === 'published' && edited.after === 'pending') await this.logHold(consultation.id, comment.id, edited.before);
    }
    const row = await this.comments.rowById(comment.id);
    return this.view(row as CommentRow, auth, language);
  }

  /** Always allowed to its author, whatever the phase: taking one's words back is a right. */
  async delete(commentId: string, auth: AuthContext): Promise<void> {
    const { comment } = await this.findOwn(commentId, auth);
    if (!(await this.comments.softDelete(comment.id, auth.user.id))) throw new AppException(404, 'comments.not-found');
  }

  /** New personal data holds a comment out of the threads until a moderator has looked. */
  private async logHold(consultationId: string, commentId: string, previousState: string | null): Promise<void> {
    await this.log.record({
      consultationId,
      targetType: 'comment',
      targetId: commentId,
      actorId: null,
      action: 'hold_flagged',
      reason: 'personal_data',
      previousState,
      newState: 'pending',
    });
  }

  /** 404 when the comment, or the proposal it belongs to, is not visible to the reader. */
  private async findReadable(commentId: string, viewer: Viewer): Promise<{ comment: CommentEntity; consultation: ConsultationEntity }> {
    const comment = await this.comments.findById(commentId);
    if (!comment) throw new AppException(404, 'comments.not-found');
    const { consultation } = await this.proposals.findViewable(comment.proposalId, viewer);
    return { comment, consultation };
  }

  private async findOwn(commentId: string, auth: AuthContext): Promise<{ comment: CommentEntity; consultation: ConsultationEntity }> {
    const found = await this.findReadable(commentId, auth);
    if (found.comment.state === 'deleted') throw new AppException(404, 'comments.not-found');
    if (found.comment.authorId !== auth.user.id) throw forbidden('comments.not-yours');
    return found;
  }
}
