import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConsultationEntity } from '../consultations/consultation.entity';
import { returnedRows } from '../consultations/query-result';
import type { StoredSpan } from '../moderation/shared/personal-data-flags';
import { Authorship, NO_AUTHORSHIP } from './proposal-rules';
import { ProposalCoauthorEntity, ProposalEntity, ProposalVersionEntity } from './proposal.entity';

export interface ProposalText {
  title: string;
  summary: string;
  body: string;
  bodyHtml: string;
  theme: string | null;
}

/** What the personal-data detector stored with a text (see moderation/shared/personal-data-flags). */
export interface ProposalFlags {
  personalData: StoredSpan[];
  personalDataPending: boolean;
}

export interface CoauthorRow {
  user_id: string;
  display_name: string;
  accepted_at: Date | null;
}

export interface InvitationRow {
  proposal_id: string;
  ref: string;
  title: string;
  slug: string;
  author_id: string | null;
  author_name: string | null;
  invited_at: Date;
}

export interface VersionRow {
  version: number;
  title: string;
  summary: string;
  body: string;
  theme: string | null;
  edited_by: string | null;
  editor_name: string | null;
  created_at: Date;
}

/** Proposals, their versions and co-authors. Searching and sorting live in ProposalSearchRepository. */
@Injectable()
export class ProposalsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private proposals(manager: EntityManager = this.db.manager) {
    return manager.getRepository(ProposalEntity);
  }

  /** By uuid, or by its human number when given digits (#ref). */
  findByIdOrRef(idOrRef: string): Promise<ProposalEntity | null> {
    if (/^\d{1,15}$/.test(idOrRef)) return this.proposals().findOneBy({ ref: idOrRef });
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrRef)) return Promise.resolve(null);
    return this.proposals().findOneBy({ id: idOrRef });
  }

  /** A proposal with its consultation, in one round trip; null when either is missing. */
  async findWithConsultation(idOrRef: string): Promise<{ proposal: ProposalEntity; consultation: ConsultationEntity } | null> {
    const proposal = await this.findByIdOrRef(idOrRef);
    if (!proposal) return null;
    const consultation = await this.db.getRepository(ConsultationEntity).findOneBy({ id: proposal.consultationId });
    return consultation ? { proposal, consultation } : null;
  }

  async authorship(proposal: ProposalEntity, userId: string | undefined): Promise<Authorship> {
    if (!userId) return NO_AUTHORSHIP;
    if (proposal.authorId === userId) return { firstAuthor: true, author: true, invited: false };
    const row = await this.db.getRepository(ProposalCoauthorEntity).findOneBy({ proposalId: proposal.id, userId });
    return { firstAuthor: false, author: !!row?.acceptedAt, invited: !!row && !row.acceptedAt };
  }

  authorName(userId: string | null): Promise<string | null> {
    if (!userId) return Promise.resolve(null);
    return this.db.query(`SELECT display_name FROM users WHERE id = $1`, [userId]).then((rows: { display_name: string }[]) => rows[0]?.display_name ?? null);
  }

  /** The proposal and its version 1, together. */
  async create(fields: { consultationId: string; authorId: string } & ProposalText & ProposalFlags): Promise<ProposalEntity> {
    return this.db.transaction(async (manager) => {
      const saved = await this.proposals(manager).save(
        this.proposals(manager).create({ ...fields, state: 'draft', version: 1, round: 1, updatedAt: new Date() }),
      );
      await manager.getRepository(ProposalVersionEntity).insert({
        proposalId: saved.id,
        version: 1,
        title: fields.title,
        summary: fields.summary,
        body: fields.body,
        theme: fields.theme,
        editedBy: fields.authorId,
      });
      return (await this.proposals(manager).findOneByOrFail({ id: saved.id })) as ProposalEntity;
    });
  }

  /**
   * A new version: the row is locked, so two authors saving at once make versions n+1 and n+2,
   * never two n+1. `decide` sees the locked row and returns the new text, or null to change nothing.
   */
  async edit(id: string, editorId: string, decide: (current: ProposalEntity) => (ProposalText & ProposalFlags) | null): Promise<ProposalEntity> {
    return this.db.transaction(async (manager) => {
      const current = await this.proposals(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new Error(`proposal ${id} vanished`);
      const text = decide(current);
      if (!text) return current;
      const version = current.version + 1;
      await this.proposals(manager).update({ id }, { ...text, version, updatedAt: new Date() });
      await manager.getRepository(ProposalVersionEntity).insert({
        proposalId: id,
        version,
        title: text.title,
        summary: text.summary,
        body: text.body,
        theme: text.theme,
        editedBy: editorId,
      });
      return { ...current, ...text, version, updatedAt: new Date() };
    });
  }

  /**
   * Moves the state only from one of `from`: a decision and a withdrawal racing cannot both apply.
   * Returns the updated proposal, or null when the state had already changed.
   */
  async transition(id: string, from: readonly string[], to: string, extra: { reason?: string | null; submitted?: boolean; published?: boolean } = {}): Promise<ProposalEntity | null> {
    const rows = returnedRows<{ id: string }>(
      await this.db.query(
        `UPDATE proposals SET state = $3, updated_at = now(),
           state_reason = $4,
           submitted_at = CASE WHEN $5 THEN now() ELSE submitted_at END,
           published_at = CASE WHEN $6 THEN coalesce(published_at, now()) ELSE published_at END
         WHERE id = $1 AND state = ANY($2::text[]) RETURNING id`,
        [id, from, to, extra.reason ?? null, !!extra.submitted, !!extra.published],
      ),
    );
    return rows.length ? this.proposals().findOneBy({ id }) : null;
  }

  async versions(proposalId: string, page: number, pageSize: number): Promise<{ rows: VersionRow[]; total: number }> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT v.version, v.title, v.summary, v.body, v.theme, v.edited_by, u.display_name AS editor_name, v.created_at
       FROM proposal_versions v LEFT JOIN users u ON u.id = v.edited_by
       WHERE v.proposal_id = $1 ORDER BY v.version DESC LIMIT $2 OFFSET $3`,
      [proposalId, pageSize, (page - 1) * pageSize],
    );
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM proposal_versions WHERE proposal_id = $1`, [proposalId]);
    return { rows, total };
  }

  async version(proposalId: string, version: number): Promise<VersionRow | null> {
    const rows: VersionRow[] = await this.db.query(
      `SELECT v.version, v.title, v.summary, v.body, v.theme, v.edited_by, u.display_name AS editor_name, v.created_at
       FROM proposal_versions v LEFT JOIN users u ON u.id = v.edited_by WHERE v.proposal_id = $1 AND v.version = $2`,
      [proposalId, version],
    );
    return rows[0] ?? null;
  }

  coauthors(proposalId: string): Promise<CoauthorRow[]> {
    return this.db.query(
      `SELECT c.user_id, u.display_name, c.accepted_at FROM proposal_coauthors c JOIN users u ON u.id = c.user_id
       WHERE c.proposal_id = $1 ORDER BY c.invited_at, c.user_id`,
      [proposalId],
    );
  }

  /** An invitation already sent or accepted stays as it is. */
  async invite(proposalId: string, userId: string): Promise<void> {
    await this.db.query(`INSERT INTO proposal_coauthors (proposal_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [proposalId, userId]);
  }

  async accept(proposalId: string, userId: string): Promise<boolean> {
    const rows = returnedRows(
      await this.db.query(
        `UPDATE proposal_coauthors SET accepted_at = now() WHERE proposal_id = $1 AND user_id = $2 AND accepted_at IS NULL RETURNING user_id`,
        [proposalId, userId],
      ),
    );
    return rows.length > 0;
  }

  /** Declining an invitation, leaving as co-author, or being removed by the first author. */
  async removeCoauthor(proposalId: string, userId: string): Promise<boolean> {
    const rows = returnedRows(await this.db.query(`DELETE FROM proposal_coauthors WHERE proposal_id = $1 AND user_id = $2 RETURNING user_id`, [proposalId, userId]));
    return rows.length > 0;
  }

  pendingInvitations(userId: string, page: number, pageSize: number): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT p.id AS proposal_id, p.ref, p.title, c.slug, p.author_id, u.display_name AS author_name, pc.invited_at
       FROM proposal_coauthors pc JOIN proposals p ON p.id = pc.proposal_id JOIN consultations c ON c.id = p.consultation_id
       LEFT JOIN users u ON u.id = p.author_id
       WHERE pc.user_id = $1 AND pc.accepted_at IS NULL ORDER BY pc.invited_at DESC LIMIT $2 OFFSET $3`,
      [userId, pageSize, (page - 1) * pageSize],
    );
  }

  async countPendingInvitations(userId: string): Promise<number> {
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM proposal_coauthors WHERE user_id = $1 AND accepted_at IS NULL`, [userId]);
    return total;
  }
}
