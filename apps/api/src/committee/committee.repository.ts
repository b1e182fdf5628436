import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CommitteeRole } from '@concordia/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogService } from '../audit/audit-log.service';
import { REVIEWED_STATES } from './review/reviews.repository';

export interface RosterMember {
  userId: string;
  displayName: string;
  role: CommitteeRole;
}

export interface CommitteeState {
  rules: Record<string, unknown>;
  reviewOpenedAt: Date | null;
  outcomesPublishedAt: Date | null;
}

/** The roster (committee_members) and the committee's rules and milestones (committee_settings). */
@Injectable()
export class CommitteeRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** Chair first, then members by name: the order the roster is shown and named ballots are published in. */
  async roster(consultationId: string, manager: EntityManager = this.db.manager): Promise<RosterMember[]> {
    const rows: { user_id: string; display_name: string; role: CommitteeRole }[] = await manager.query(
      `SELECT m.user_id, u.display_name, m.role FROM committee_members m JOIN users u ON u.id = m.user_id
        WHERE m.consultation_id = $1 ORDER BY (m.role = 'chair') DESC, u.display_name, m.user_id`,
      [consultationId],
    );
    return rows.map((row) => ({ userId: row.user_id, displayName: row.display_name, role: row.role }));
  }

  async roleOf(consultationId: string, userId: string): Promise<CommitteeRole | null> {
    const [row] = await this.db.query(`SELECT role FROM committee_members WHERE consultation_id = $1 AND user_id = $2`, [
      consultationId,
      userId,
    ]);
    return row?.role ?? null;
  }

  async state(consultationId: string, manager: EntityManager = this.db.manager): Promise<CommitteeState> {
    const [row] = await manager.query(
      `SELECT rules, review_opened_at, outcomes_published_at FROM committee_settings WHERE consultation_id = $1`,
      [consultationId],
    );
    return {
      rules: row?.rules ?? {},
      reviewOpenedAt: row?.review_opened_at ?? null,
      outcomesPublishedAt: row?.outcomes_published_at ?? null,
    };
  }

  /** Users among `ids` that exist, with their roles, to check a roster before saving it. */
  async users(ids: string[]): Promise<{ id: string; displayName: string; roles: string[] }[]> {
    const rows: { id: string; display_name: string; roles: string[] }[] = await this.db.query(
      `SELECT id, display_name, roles FROM users WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name, roles: row.roles }));
  }

  /**
   * Replaces the roster. Roles are first all set to member so that moving the chair never trips the
   * one-chair index midway. Open votes lose the ballots of removed members (they would not count
   * and the domain refuses ballots from outside the roster); closed votes keep their stored tally.
   */
  async replaceRoster(manager: EntityManager, consultationId: string, members: { userId: string; role: CommitteeRole }[]): Promise<void> {
    const ids = members.map((m) => m.userId);
    await manager.query(`UPDATE committee_members SET role = 'member' WHERE consultation_id = $1 AND role = 'chair'`, [consultationId]);
    await manager.query(`DELETE FROM committee_members WHERE consultation_id = $1 AND NOT (user_id = ANY($2::uuid[]))`, [
      consultationId,
      ids,
    ]);
    await manager.query(
      `INSERT INTO committee_members (consultation_id, user_id, role)
       SELECT $1, unnest($2::uuid[]), unnest($3::text[])
       ON CONFLICT (consultation_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [consultationId, ids, members.map((m) => m.role)],
    );
    await manager.query(
      `DELETE FROM committee_ballots b USING committee_reviews r
        WHERE b.proposal_id = r.proposal_id AND r.consultation_id = $1 AND r.vote_closed_at IS NULL
          AND NOT (b.member_id = ANY($2::uuid[]))`,
      [consultationId, ids],
    );
    await manager.query(
      `UPDATE committee_reviews SET rapporteur_id = NULL WHERE consultation_id = $1 AND NOT (rapporteur_id = ANY($2::uuid[]))`,
      [consultationId, ids],
    );
    // How many, not who: the record holds no person.
    await this.audit.append(manager, 'committee.roster-changed', {
      consultationId,
      members: members.length,
      chairs: members.filter((m) => m.role === 'chair').length,
    });
  }

  async saveRules(manager: EntityManager, consultationId: string, rules: Record<string, unknown>): Promise<void> {
    await manager.query(
      `INSERT INTO committee_settings (consultation_id, rules) VALUES ($1, $2::jsonb)
       ON CONFLICT (consultation_id) DO UPDATE SET rules = EXCLUDED.rules, updated_at = now()`,
      [consultationId, JSON.stringify(rules)],
    );
  }

  /** Whether any member has cast a ballot (or recused) in this consultation: the rules are then locked. */
  async hasBallots(consultationId: string, manager: EntityManager = this.db.manager): Promise<boolean> {
    const [row] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM committee_ballots b JOIN committee_reviews r ON r.proposal_id = b.proposal_id
                       WHERE r.consultation_id = $1) AS found`,
      [consultationId],
    );
    return row.found;
  }

  /** Serialises the committee's consultation-wide moves (opening the review, publishing). */
  async lockConsultation(manager: EntityManager, consultationId: string): Promise<{ phase: string } | null> {
    const [row] = await manager.query(`SELECT phase FROM consultations WHERE id = $1 FOR UPDATE`, [consultationId]);
    return row ?? null;
  }

  /** The committees a person sits on, with what awaits them (open votes without their ballot). */
  async committeesOf(userId: string): Promise<Record<string, any>[]> {
    return this.db.query(
      `SELECT c.slug, c.title, c.phase, m.role, s.review_opened_at,
              (SELECT count(*)::int FROM committee_reviews r JOIN proposals p ON p.id = r.proposal_id
                WHERE r.consultation_id = c.id AND p.state = ANY($2::text[])) AS proposals,
              (SELECT count(*)::int FROM committee_reviews r JOIN proposals p ON p.id = r.proposal_id
                WHERE r.consultation_id = c.id AND p.state = 'under_review' AND r.vote_closed_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM committee_ballots b WHERE b.proposal_id = r.proposal_id AND b.member_id = $1)) AS awaiting
         FROM committee_members m JOIN consultations c ON c.id = m.consultation_id
         LEFT JOIN committee_settings s ON s.consultation_id = c.id
        WHERE m.user_id = $1
        ORDER BY c.created_at DESC, c.id`,
      [userId, REVIEWED_STATES],
    );
  }

  /** Accounts holding the committee role, by name, optionally matching a search. */
  async candidates(search: string | undefined, page: number, pageSize: number): Promise<{ rows: Record<string, any>[]; total: number }> {
    const pattern = search ? `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
    const where = `'committee' = ANY(roles) AND blocked_at IS NULL AND ($1::text IS NULL OR display_name ILIKE $1 OR email_normalised ILIKE $1)`;
    const rows = await this.db.query(
      `SELECT id, display_name, email, totp_enabled_at IS NOT NULL AS totp FROM users WHERE ${where} ORDER BY display_name, id LIMIT $2 OFFSET $3`,
      [pattern, pageSize, (page - 1) * pageSize],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM users WHERE ${where}`, [pattern]);
    return { rows, total: n };
  }
}
