import { Injectable } from '@nestjs/common';
import type { ModerationTargetType } from '@concordia/contracts';
import type { EntityManager } from 'typeorm';

/** A proposal or a comment under moderation, as one shape, read under a row lock. */
export interface ModerationTarget {
  type: ModerationTargetType;
  id: string;
  state: string;
  consultationId: string;
  consultationSlug: string;
  consultationPhase: string;
  consultationSettings: Record<string, unknown>;
  proposalId: string;
  proposalRef: number;
  proposalTitle: string;
  /** The comment's text (comments only): its start is quoted in notices. */
  commentBody: string | null;
  /** First author and accepted co-authors; a comment's author. Erased accounts are left out. */
  authorIds: string[];
  reportsReviewedAt: Date | null;
}

interface TargetRow {
  id: string;
  state: string;
  consultation_id: string;
  slug: string;
  phase: string;
  settings: Record<string, unknown>;
  proposal_id: string;
  ref: string;
  title: string;
  comment_body: string | null;
  author_id: string | null;
  reports_reviewed_at: Date | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The changes a state move brings besides the state. */
export interface StateChange {
  state: string;
  /** The charter reason of a rejected or hidden state; null when published again. */
  moderationReason: string | null;
  /** Shown to a proposal's authors as its stateReason: the moderator's note. */
  stateReason: string | null;
  /**
   * A moderator looked: personal data and the reports so far are answered. An automatic hide is
   * no review: the reports that caused it stay open for the moderators.
   */
  reviewed: boolean;
}

/**
 * Loads and changes moderated items. Every read here takes the row lock (FOR UPDATE) because it
 * starts a decision: two moderators deciding at once, or a decision racing the third report,
 * apply one after the other, each seeing the state the other left.
 */
@Injectable()
export class ModerationTargetsRepository {
  lock(manager: EntityManager, type: ModerationTargetType, id: string): Promise<ModerationTarget | null> {
    return this.find(manager, type, id, true);
  }

  /** The same without the lock, to answer a read (who the authors are). */
  read(manager: EntityManager, type: ModerationTargetType, id: string): Promise<ModerationTarget | null> {
    return this.find(manager, type, id, false);
  }

  private async find(manager: EntityManager, type: ModerationTargetType, id: string, lock: boolean): Promise<ModerationTarget | null> {
    if (!UUID.test(id)) return null;
    const rows: TargetRow[] =
      type === 'proposal'
        ? await manager.query(
            `SELECT p.id, p.state, p.consultation_id, c.slug, c.phase, c.settings, p.id AS proposal_id, p.ref, p.title,
                    NULL AS comment_body, p.author_id, p.reports_reviewed_at
               FROM proposals p JOIN consultations c ON c.id = p.consultation_id WHERE p.id = $1 ${lock ? 'FOR UPDATE OF p' : ''}`,
            [id],
          )
        : await manager.query(
            `SELECT cm.id, cm.state, p.consultation_id, c.slug, c.phase, c.settings, p.id AS proposal_id, p.ref, p.title,
                    cm.body AS comment_body, cm.author_id, cm.reports_reviewed_at
               FROM comments cm JOIN proposals p ON p.id = cm.proposal_id JOIN consultations c ON c.id = p.consultation_id
              WHERE cm.id = $1 ${lock ? 'FOR UPDATE OF cm' : ''}`,
            [id],
          );
    const row = rows[0];
    if (!row) return null;
    const authorIds = type === 'proposal' ? await this.proposalAuthors(manager, row.id, row.author_id) : row.author_id ? [row.author_id] : [];
    return {
      type,
      id: row.id,
      state: row.state,
      consultationId: row.consultation_id,
      consultationSlug: row.slug,
      consultationPhase: row.phase,
      consultationSettings: row.settings ?? {},
      proposalId: row.proposal_id,
      proposalRef: Number(row.ref),
      proposalTitle: row.title,
      commentBody: row.comment_body,
      authorIds,
      reportsReviewedAt: row.reports_reviewed_at,
    };
  }

  async proposalAuthors(manager: EntityManager, proposalId: string, firstAuthorId: string | null): Promise<string[]> {
    const rows: { user_id: string }[] = await manager.query(
      `SELECT user_id FROM proposal_coauthors WHERE proposal_id = $1 AND accepted_at IS NOT NULL ORDER BY invited_at, user_id`,
      [proposalId],
    );
    return [...(firstAuthorId ? [firstAuthorId] : []), ...rows.map((row) => row.user_id)];
  }

  async setState(manager: EntityManager, target: ModerationTarget, change: StateChange): Promise<void> {
    if (target.type === 'proposal') {
      await manager.query(
        `UPDATE proposals SET state = $2, moderation_reason = $3, state_reason = $4, updated_at = now(),
           published_at = CASE WHEN $2 = 'published' THEN coalesce(published_at, now()) ELSE published_at END,
           personal_data_pending = CASE WHEN $5 THEN false ELSE personal_data_pending END,
           reports_reviewed_at = CASE WHEN $5 THEN now() ELSE reports_reviewed_at END
         WHERE id = $1`,
        [target.id, change.state, change.moderationReason, change.stateReason, change.reviewed],
      );
      return;
    }
    await manager.query(
      `UPDATE comments SET state = $2, moderation_reason = $3,
         personal_data_pending = CASE WHEN $4 THEN false ELSE personal_data_pending END,
         reports_reviewed_at = CASE WHEN $4 THEN now() ELSE reports_reviewed_at END
       WHERE id = $1`,
      [target.id, change.state, change.moderationReason, change.reviewed],
    );
  }
}
