import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationLogAction, ModerationTargetType } from '@concordia/contracts';
import { DataSource, EntityManager } from 'typeorm';

export interface NewLogLine {
  consultationId: string;
  targetType: ModerationTargetType;
  targetId: string;
  /** null: the system acted (threshold reached, personal data held). */
  actorId: string | null;
  action: ModerationLogAction;
  reason?: string | null;
  note?: string | null;
  previousState?: string | null;
  newState?: string | null;
  decisionId?: string | null;
  mergedInto?: string | null;
}

/**
 * Writes one line of the moderation log in the caller's transaction: an action and its record
 * are stored together or not at all. Decisions are log lines too; the id returned is what an
 * appeal refers to.
 */
@Injectable()
export class ModerationLogWriter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async record(line: NewLogLine, manager: EntityManager = this.db.manager): Promise<{ id: string; createdAt: Date }> {
    const [row]: { id: string; created_at: Date }[] = await manager.query(
      `INSERT INTO moderation_actions (consultation_id, proposal_id, comment_id, actor_id, action, reason, note, previous_state, new_state, decision_id, merged_into)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id, created_at`,
      [
        line.consultationId,
        line.targetType === 'proposal' ? line.targetId : null,
        line.targetType === 'comment' ? line.targetId : null,
        line.actorId,
        line.action,
        line.reason ?? null,
        line.note ?? null,
        line.previousState ?? null,
        line.newState ?? null,
        line.decisionId ?? null,
        line.mergedInto ?? null,
      ],
    );
    return { id: row.id, createdAt: row.created_at };
  }
}
