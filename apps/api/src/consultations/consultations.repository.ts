import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Phase } from '@concordia/contracts';
import type { PhaseMover } from '@concordia/domain';
import { DataSource, Not } from 'typeorm';
import { AuditEvent, AuditLogService } from '../audit/audit-log.service';
import { ConsultationEntity } from './consultation.entity';
import { returnedRows } from './query-result';
import { VotingCloseHooks } from './voting-close-hooks';

@Injectable()
export class ConsultationsRepository {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly votingClose: VotingCloseHooks,
    private readonly audit: AuditLogService,
  ) {}

  private get repo() {
    return this.db.getRepository(ConsultationEntity);
  }

  /** Drafts are the admins' business: the public sees every other phase. */
  publicPage(page: number, pageSize: number) {
    return this.repo.findAndCount({
      where: { phase: Not('draft') },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  /** Every consultation, drafts included, for the admins' list. */
  adminPage(page: number, pageSize: number, phase?: Phase) {
    return this.repo.findAndCount({
      where: phase ? { phase } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  findPublicBySlug(slug: string) {
    return this.repo.findOneBy({ slug, phase: Not('draft') });
  }

  findBySlug(slug: string) {
    return this.repo.findOneBy({ slug });
  }

  findById(id: string) {
    return this.repo.findOneBy({ id });
  }

  /**
   * Reloaded after saving: columns filled by the database (phase_changed_at, revision_round) come
   * back too. The public record's entry commits with it.
   */
  async insert(fields: Partial<ConsultationEntity>, record: (saved: ConsultationEntity) => AuditEvent): Promise<ConsultationEntity> {
    return this.db.transaction(async (manager) => {
      const repo = manager.getRepository(ConsultationEntity);
      const saved = await repo.save(repo.create(fields));
      const created = await repo.findOneByOrFail({ id: saved.id });
      await this.audit.append(manager, ...record(created));
      return created;
    });
  }

  async update(id: string, fields: Partial<ConsultationEntity>, events: AuditEvent[] = []): Promise<void> {
    await this.db.transaction(async (manager) => {
      // jsonb columns typed as records trip TypeORM's deep-partial type; the values are plain JSON.
      await manager.getRepository(ConsultationEntity).update({ id }, fields as Parameters<typeof this.repo.update>[1]);
      for (const event of events) await this.audit.append(manager, ...event);
    });
  }

  /** Slugs equal to `base` or numbered from it, to pick a free one in one query. */
  async slugsLike(base: string): Promise<Set<string>> {
    const rows: { slug: string }[] = await this.db.query(`SELECT slug FROM consultations WHERE slug = $1 OR slug LIKE $2`, [
      base,
      `${base.slice(0, 70)}%`,
    ]);
    return new Set(rows.map((row) => row.slug));
  }

  /**
   * Moves only if the phase is still `from`: two admins (or an admin and the scheduler) moving at
   * once cannot both succeed, and neither can undo the other's move unknowingly.
   */
  /**
   * A conditional move from the phase the caller read. Leaving voting_open closes the vote: the
   * close hooks (the secret ballot box) run in the same transaction, after the phase row is locked
   * by this UPDATE, so no ballot slips in between.
   */
  async movePhase(id: string, from: Phase, to: Phase, by: PhaseMover): Promise<boolean> {
    const closesVote = from === 'voting_open' && to !== 'voting_open';
    const moved = await this.db.transaction(async (manager) => {
      const result = await manager.query(
        `UPDATE consultations SET phase = $3, phase_changed_at = now(), updated_at = now() WHERE id = $1 AND phase = $2
         RETURNING id, slug, revision_round`,
        [id, from, to],
      );
      const [row] = returnedRows<{ id: string; slug: string; revision_round: number }>(result);
      if (!row) return false;
      const recorded = closesVote ? await this.votingClose.inTransaction(manager, id) : {};
      if (from === 'committee_review' && to === 'voting_open') await this.votingClose.onReopen(manager, id);
      const subject = { consultationId: id, consultation: row.slug };
      await this.audit.append(manager, 'consultation.phase-changed', { ...subject, from, to, by });
      if (to === 'voting_open') await this.audit.append(manager, 'voting.opened', { ...subject, round: row.revision_round });
      // What the close hooks recorded (ballot counts, the results' fingerprint) joins the entry.
      if (closesVote) await this.audit.append(manager, 'voting.closed', { ...subject, round: row.revision_round, ...recorded });
      return true;
    });
    if (moved && closesVote) await this.votingClose.afterCommit(id);
    return moved;
  }

  /**
   * Whether anyone has voted in the consultation: an open ballot, or a secret one (the register
   * has a row for each, sealed or counted). From then on the rules of the vote are frozen.
   */
  async ballotsCast(consultationId: string): Promise<boolean> {
    const [row] = await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM ballots b JOIN proposals p ON p.id = b.proposal_id WHERE p.consultation_id = $1)
           OR EXISTS (SELECT 1 FROM vote_register r JOIN proposals p ON p.id = r.proposal_id WHERE p.consultation_id = $1) AS cast`,
      [consultationId],
    );
    return row.cast === true;
  }

  /** Consultations with at least one date whose phase the scheduler may still move. */
  withSchedule(): Promise<ConsultationEntity[]> {
    return this.repo
      .createQueryBuilder('c')
      .where(`c.phase_schedule <> '{}'::jsonb`)
      .andWhere(`c.phase NOT IN ('committee_review', 'closed')`)
      .getMany();
  }

  /** Themes among `themes` that proposals of this consultation use. */
  async themesInUse(consultationId: string, themes: string[]): Promise<string[]> {
    if (themes.length === 0) return [];
    const rows: { theme: string }[] = await this.db.query(
      `SELECT DISTINCT theme FROM proposals WHERE consultation_id = $1 AND theme = ANY($2::text[])`,
      [consultationId, themes],
    );
    return rows.map((row) => row.theme);
  }
}
