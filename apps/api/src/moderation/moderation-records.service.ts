import { Injectable } from '@nestjs/common';
import type { Language, ModerationLogPage, ModerationSummary, ReasonCounts } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import { ConsultationsService } from '../consultations/consultations.service';
import type { Viewer } from '../consultations/viewer';
import { contributor } from '../proposals/proposal.mapper';
import type { LogQueryDto } from './moderation.dto';
import { ModerationLogReader } from './moderation-log.reader';
import { ModerationSummaryRepository } from './moderation-summary.repository';
import { scopedConsultations } from './queue.service';
import { ModerationRights } from './shared/moderation-rights.service';

/** What moderation leaves behind: the log for moderators, the numbers for everyone. */
@Injectable()
export class ModerationRecordsService {
  constructor(
    private readonly logs: ModerationLogReader,
    private readonly summaries: ModerationSummaryRepository,
    private readonly rights: ModerationRights,
    private readonly consultationsRepository: ConsultationsRepository,
    private readonly consultations: ConsultationsService,
  ) {}

  async log(query: LogQueryDto, auth: AuthContext, language: Language): Promise<ModerationLogPage> {
    const consultationIds = await scopedConsultations(this.rights, this.consultationsRepository, auth, query.consultation);
    const { page, pageSize } = query;
    const { rows, total } = await this.logs.page(
      { consultationIds, action: query.action, actorId: query.actorId, targetType: query.targetType, targetId: query.targetId, reason: query.reason },
      page,
      pageSize,
    );
    const items = rows.map((row) => ({
      id: row.id,
      at: new Date(row.created_at).toISOString(),
      actor: row.actor_id ? contributor(row.actor_id, row.actor_name, language) : null,
      action: row.action,
      targetType: row.proposal_id ? ('proposal' as const) : ('comment' as const),
      targetId: (row.proposal_id ?? row.comment_id) as string,
      consultation: { slug: row.slug },
      reason: row.reason,
      note: row.note,
      decisionId: row.decision_id,
    }));
    return { items, page, pageSize, total };
  }

  /** Public, for any consultation past its draft: counts by reason, nothing that names or quotes anyone. */
  async summary(slug: string, viewer: Viewer): Promise<ModerationSummary> {
    const consultation = await this.consultations.findVisible(slug, viewer);
    const [counts, decisions, appeals] = await Promise.all([
      this.summaries.stateCounts(consultation.id),
      this.summaries.decisions(consultation.id),
      this.summaries.appeals(consultation.id),
    ]);
    const summary: ModerationSummary = {
      consultationSlug: consultation.slug,
      proposals: { rejected: {}, hidden: {}, merged: 0 },
      comments: { rejected: {}, hidden: {} },
      decisions,
      appeals,
    };
    for (const row of counts) {
      if (row.state === 'merged') {
        summary.proposals.merged += row.count;
        continue;
      }
      const bucket: ReasonCounts = (row.target_type === 'proposal' ? summary.proposals : summary.comments)[row.state as 'rejected' | 'hidden'];
      const reason = row.reason as keyof ReasonCounts;
      bucket[reason] = (bucket[reason] ?? 0) + row.count;
    }
    return summary;
  }
}
