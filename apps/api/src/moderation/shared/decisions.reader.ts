import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppealView, DecisionAction, DecisionView, Language, ModerationReason, ModerationTargetType } from '@concordia/contracts';
import { REASONED_ACTIONS } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import { contributor } from '../../proposals/proposal.mapper';

/** The log lines that are decisions a moderator took about an item (and an author may appeal some of). */
export const DECISION_LINE_ACTIONS = ['approve', 'reject', 'hide', 'restore', 'confirm_hidden'];

export interface DecisionRow {
  id: string;
  consultation_id: string;
  proposal_id: string | null;
  comment_id: string | null;
  action: DecisionAction;
  reason: ModerationReason | null;
  note: string | null;
  new_state: string;
  created_at: Date;
  actor_id: string | null;
  actor_name: string | null;
  /** The item's state now, and whether this is its latest decision: together they say if it still stands. */
  item_state: string;
  latest: boolean;
  appeal_id: string | null;
  appeal_text: string | null;
  appeal_created_at: Date | null;
  appeal_outcome: 'upheld' | 'overturned' | null;
  appeal_note: string | null;
  appeal_decided_at: Date | null;
}

const SELECT = `
  SELECT a.id, a.consultation_id, a.proposal_id, a.comment_id, a.action, a.reason, a.note, a.new_state, a.created_at,
         a.actor_id, u.display_name AS actor_name, coalesce(p.state, c.state) AS item_state,
         a.seq = (SELECT max(b.seq) FROM moderation_actions b
                   WHERE b.action = ANY($2::text[]) AND (b.proposal_id = a.proposal_id OR b.comment_id = a.comment_id)) AS latest,
         ap.id AS appeal_id, ap.text AS appeal_text, ap.created_at AS appeal_created_at, ap.outcome AS appeal_outcome,
         ap.note AS appeal_note, ap.decided_at AS appeal_decided_at
    FROM moderation_actions a
    LEFT JOIN users u ON u.id = a.actor_id
    LEFT JOIN moderation_appeals ap ON ap.decision_id = a.id
    LEFT JOIN proposals p ON p.id = a.proposal_id
    LEFT JOIN comments c ON c.id = a.comment_id`;

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function appealView(row: Pick<DecisionRow, 'id' | 'appeal_id' | 'appeal_text' | 'appeal_created_at' | 'appeal_outcome' | 'appeal_note' | 'appeal_decided_at'>): AppealView | null {
  if (!row.appeal_id) return null;
  return {
    id: row.appeal_id,
    decisionId: row.id,
    text: row.appeal_text as string,
    createdAt: iso(row.appeal_created_at) as string,
    outcome: row.appeal_outcome,
    note: row.appeal_note,
    decidedAt: iso(row.appeal_decided_at),
  };
}

/**
 * An author may appeal a decision that took something away (reject, hide, confirm hidden) while
 * it still stands: the item's latest decision, the item still in the state it left, no appeal yet.
 */
export function isAppealable(row: DecisionRow): boolean {
  return REASONED_ACTIONS.includes(row.action) && row.latest && row.item_state === row.new_state && !row.appeal_id;
}

/** Moderators see who decided; authors see the decision, its reason and note, not the person. */
export function decisionView(row: DecisionRow, showDecider: boolean, language: Language): DecisionView {
  return {
    id: row.id,
    targetType: (row.proposal_id ? 'proposal' : 'comment') as ModerationTargetType,
    targetId: (row.proposal_id ?? row.comment_id) as string,
    action: row.action,
    reason: row.reason,
    note: row.note,
    state: row.new_state,
    decidedAt: new Date(row.created_at).toISOString(),
    decidedBy: showDecider ? contributor(row.actor_id, row.actor_name, language) : null,
    appealable: isAppealable(row),
    appeal: appealView(row),
  };
}

/** Reads decisions with their appeal, for the queue, proposal pages and the appeal endpoints. */
@Injectable()
export class DecisionsReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async byId(id: string, manager: EntityManager = this.db.manager): Promise<DecisionRow | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) return null;
    const rows: DecisionRow[] = await manager.query(`${SELECT} WHERE a.id = $1 AND a.action = ANY($2::text[])`, [id, DECISION_LINE_ACTIONS]);
    return rows[0] ?? null;
  }

  /** The latest decision about each of these items of one type. */
  async latestFor(targetType: ModerationTargetType, ids: string[]): Promise<Map<string, DecisionRow>> {
    if (ids.length === 0) return new Map();
    const column = targetType === 'proposal' ? 'proposal_id' : 'comment_id';
    const rows: DecisionRow[] = await this.db.query(
      `SELECT * FROM (${SELECT} WHERE a.${column} = ANY($1::uuid[]) AND a.action = ANY($2::text[])) d WHERE d.latest`,
      [ids, DECISION_LINE_ACTIONS],
    );
    return new Map(rows.map((row) => [(row.proposal_id ?? row.comment_id) as string, row]));
  }
}
