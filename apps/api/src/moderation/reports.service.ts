import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportReceipt } from '@concordia/contracts';
import { isHiddenByReports, reportProblem, reportsToHide } from '@concordia/domain';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthContext } from '../auth/auth-context';
import { conflict, forbidden, notFound } from '../common/http/app-exception';
import { PUBLIC_STATES } from '../proposals/proposal-rules';
import type { ReportDto } from './moderation.dto';
import { ModerationNotices } from './moderation-notices.service';
import { ModerationTarget, ModerationTargetsRepository } from './moderation-targets.repository';
import { ReportsRepository } from './reports.repository';
import { ModerationLogWriter } from './shared/moderation-log.repository';

/** What a reader can report: what they can read, and what a report can still change. */
function reportable(target: ModerationTarget, proposalState: string): boolean {
  if (target.consultationPhase === 'draft') return false;
  const proposalPublic = PUBLIC_STATES.includes(proposalState as (typeof PUBLIC_STATES)[number]) && proposalState !== 'merged';
  return target.type === 'proposal' ? proposalPublic : proposalPublic && target.state === 'published';
}

/**
 * Citizens' reports: once per citizen per item, never on their own words. The item's row lock
 * orders concurrent reports, so the one that reaches the threshold hides the item exactly once.
 */
@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: ModerationTargetsRepository,
    private readonly reports: ReportsRepository,
    private readonly log: ModerationLogWriter,
    private readonly notices: ModerationNotices,
  ) {}

  async report(input: ReportDto, auth: AuthContext): Promise<ReportReceipt> {
    try {
      return await this.db.transaction(async (manager) => {
        const target = await this.targets.lock(manager, input.targetType, input.targetId);
        const proposalState = target && (await this.proposalState(manager, target));
        if (!target || !proposalState || !reportable(target, proposalState)) throw notFound('moderation.target-not-found');
        const existing = await this.reports.forTarget(manager, target.type, target.id);
        const problem = reportProblem(auth.user.id, target.authorIds, existing);
        if (problem === 'own-content') throw forbidden('moderation.report-own-content');
        if (problem === 'already-reported') throw conflict('moderation.already-reported');
        const created = await this.reports.insert(manager, {
          consultationId: target.consultationId,
          type: target.type,
          targetId: target.id,
          reporterId: auth.user.id,
          reason: input.reason,
          text: input.text ?? null,
        });
        const all = [...existing, { reporterId: auth.user.id, at: new Date(created.created_at) }];
        const threshold = reportsToHide(target.consultationSettings);
        if (target.state === 'published' && isHiddenByReports(all, target.reportsReviewedAt, threshold)) await this.hide(manager, target, threshold);
        return { id: created.id, createdAt: new Date(created.created_at).toISOString() };
      });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw conflict('moderation.already-reported');
      throw error;
    }
  }

  /** Hidden until a moderator restores or confirms; the reports stay open for that review. */
  private async hide(manager: EntityManager, target: ModerationTarget, threshold: number): Promise<void> {
    await this.targets.setState(manager, target, { state: 'hidden', moderationReason: 'reported', stateReason: null, reviewed: false });
    await this.log.record(
      {
        consultationId: target.consultationId,
        targetType: target.type,
        targetId: target.id,
        actorId: null,
        action: 'auto_hide',
        reason: 'reported',
        previousState: target.state,
        newState: 'hidden',
      },
      manager,
    );
    await this.notices.tell(manager, target.authorIds, 'moderation.hidden-by-reports', target, { reports: threshold });
  }

  private async proposalState(manager: EntityManager, target: ModerationTarget): Promise<string | null> {
    if (target.type === 'proposal') return target.state;
    const [row] = await manager.query(`SELECT state FROM proposals WHERE id = $1`, [target.proposalId]);
    return row?.state ?? null;
  }
}
