import { Injectable } from '@nestjs/common';
import type { ResponseDecisionName } from '@concordia/contracts';
import { EntityManager } from 'typeorm';
import type { PhaseMover } from '@concordia/domain';
import { AuditLogService } from '../../audit/audit-log.service';
import { returnedRows } from '../../consultations/query-result';

/** The consultation-wide writes of publishing the outcomes, all in the chair's one transaction. */
@Injectable()
export class PublicationRepository {
  constructor(private readonly audit: AuditLogService) {}

  /** Each reviewed proposal takes its published decision as its state (adopted, not_adopted, …). */
  async decideProposal(manager: EntityManager, proposalId: string, decision: ResponseDecisionName): Promise<void> {
    await manager.query(`UPDATE proposals SET state = $2, updated_at = now() WHERE id = $1 AND state = 'under_review'`, [
      proposalId,
      decision,
    ]);
  }

  async markPublished(manager: EntityManager, consultationId: string, at: Date): Promise<void> {
    await manager.query(
      `INSERT INTO committee_settings (consultation_id, outcomes_published_at) VALUES ($1, $2)
       ON CONFLICT (consultation_id) DO UPDATE SET outcomes_published_at = $2, updated_at = now()`,
      [consultationId, at],
    );
  }

  /**
   * The phase move, checked by the domain rules by the caller, made here rather than through
   * ConsultationsRepository.movePhase because it must commit or fail with the publication itself
   * (that method runs its own transaction). Conditional on the phase read, like it.
   */
  async movePhase(manager: EntityManager, consultationId: string, from: string, to: string, by: PhaseMover): Promise<boolean> {
    const result = await manager.query(
      `UPDATE consultations SET phase = $3, phase_changed_at = now(), updated_at = now() WHERE id = $1 AND phase = $2 RETURNING slug`,
      [consultationId, from, to],
    );
    const [row] = returnedRows<{ slug: string }>(result);
    if (!row) return false;
    await this.audit.append(manager, 'consultation.phase-changed', { consultationId, consultation: row.slug, from, to, by });
    return true;
  }
}
