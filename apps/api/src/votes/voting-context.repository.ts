import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProposalState } from '@concordia/contracts';
import type { ConsultationPhase, ConsultationSettings } from '@concordia/domain';
import { settingsOf } from '../consultations/consultation-settings';
import { DataSource, EntityManager } from 'typeorm';

export interface VotingConsultation {
  id: string;
  slug: string;
  phase: ConsultationPhase;
  settings: ConsultationSettings;
  /** The round being (or last) voted; proposals of this round take ballots. */
  revisionRound: number;
}

export interface VotingProposal {
  id: string;
  ref: number;
  title: string;
  state: ProposalState;
  round: number;
  revisionOf: string | null;
  authorId: string | null;
  theme: string | null;
}

export interface VotingTarget {
  proposal: VotingProposal;
  consultation: VotingConsultation;
}

const CONSULTATION_COLUMNS = `c.id AS c_id, c.slug AS c_slug, c.phase AS c_phase, c.settings AS c_settings, c.revision_round AS c_round`;

function consultationFrom(row: Record<string, any>): VotingConsultation {
  return { id: row.c_id, slug: row.c_slug, phase: row.c_phase, settings: settingsOf({ settings: row.c_settings ?? {} }), revisionRound: row.c_round };
}

function proposalFrom(row: Record<string, any>): VotingProposal {
  return {
    id: row.id,
    ref: Number(row.ref),
    title: row.title,
    state: row.state,
    round: row.round,
    revisionOf: row.revision_of,
    authorId: row.author_id,
    theme: row.theme,
  };
}

/**
 * The few reads voting needs about a proposal and its consultation, in one query on the hot path of
 * every ballot (the proposals and consultations modules load full entities, which voting does not need).
 */
@Injectable()
export class VotingContextRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findTarget(proposalId: string): Promise<VotingTarget | null> {
    const [row] = await this.db.query(
      `SELECT p.id, p.ref, p.title, p.state, p.round, p.revision_of, p.author_id, p.theme, ${CONSULTATION_COLUMNS}
         FROM proposals p JOIN consultations c ON c.id = p.consultation_id
        WHERE p.id = $1`,
      [proposalId],
    );
    return row ? { proposal: proposalFrom(row), consultation: consultationFrom(row) } : null;
  }

  async findConsultationById(id: string, manager: EntityManager = this.db.manager): Promise<VotingConsultation | null> {
    const [row] = await manager.query(`SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.id = $1`, [id]);
    return row ? consultationFrom(row) : null;
  }

  async findConsultation(slug: string, manager: EntityManager = this.db.manager): Promise<VotingConsultation | null> {
    const [row] = await manager.query(`SELECT ${CONSULTATION_COLUMNS} FROM consultations c WHERE c.slug = $1`, [slug]);
    return row ? consultationFrom(row) : null;
  }

  /** A round's proposals in the given states, in creation order. */
  async roundProposals(
    consultationId: string,
    round: number,
    states: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<VotingProposal[]> {
    const rows = await manager.query(
      `SELECT id, ref, title, state, round, revision_of, author_id, theme FROM proposals
        WHERE consultation_id = $1 AND round = $2 AND state = ANY($3::text[]) ORDER BY ref`,
      [consultationId, round, states],
    );
    return rows.map(proposalFrom);
  }
}
