import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ModerationLogAction, ModerationTargetType } from '@concordia/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditLogService } from '../../audit/audit-log.service';

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

/** What moderation did to content the public saw or sees: the consultation's public record keeps it. */
function isPublicAction(line: NewLogLine): boolean {
  return line.action === 'merge' || line.previousState === 'published' || line.newState === 'published';
}

/** The action and its charter reason; never the actor, nor the moderator's note (free text). */
function publicRecord(line: NewLogLine): AuditEvent {
  const target = { type: line.targetType, id: line.targetId };
  if (line.action === 'merge') return ['moderation.merged', { consultationId: line.consultationId, from: target, into: line.mergedInto ?? null }];
  return [
    'moderation.decided',
    { consultationId: line.consultationId, action: line.action, reason: line.reason ?? null, target, from: line.previousState ?? null, to: line.newState ?? null },
  ];
}

/**
 * Writes one line of the moderation log in the caller's transaction: an action and its record
 * are stored together or not at all. Decisions are log lines too; the id returned is what an
 * appeal refers to.
 */
@Injectable()
export class ModerationLogWriter {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLogService,
  ) {}

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
    if (isPublicAction(line)) await this.audit.append(manager, ...publicRecord(line));
    return { id: row.id, createdAt: row.created_at };
  }
}
