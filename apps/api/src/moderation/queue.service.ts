import { Injectable } from '@nestjs/common';
import type { Language, QueueItem, QueuePage, QueueReason, ReportsSummary } from '@concordia/contracts';
import { reportsToHide } from '@concordia/domain';
import type { AuthContext } from '../auth/auth-context';
import { AppException } from '../common/http/app-exception';
import { ConsultationsRepository } from '../consultations/consultations.repository';
import { contributor } from '../proposals/proposal.mapper';
import type { QueueQueryDto } from './moderation.dto';
import { QueueFilter, QueueRepository, QueueRow, ReportRow } from './queue.repository';
import { decisionView, DecisionsReader } from './shared/decisions.reader';
import { ModerationRights } from './shared/moderation-rights.service';
import { fromStored } from './shared/personal-data-flags';

const REPORT_TEXTS_SHOWN = 5;

function reportsSummary(reports: ReportRow[], threshold: number): ReportsSummary {
  const open = reports.filter((report) => report.open);
  const byReason: ReportsSummary['byReason'] = {};
  for (const report of open) byReason[report.reason] = (byReason[report.reason] ?? 0) + 1;
  return {
    open: new Set(open.map((report, i) => report.reporter_id ?? `erased-${i}`)).size,
    total: reports.length,
    byReason,
    // What reporters wrote helps the moderator; who they are does not, and stays out.
    texts: open.flatMap((report) => (report.text ? [report.text] : [])).slice(0, REPORT_TEXTS_SHOWN),
    threshold,
  };
}

/** Which consultations a moderator works, narrowed by the filters asked for. */
export async function scopedConsultations(
  rights: ModerationRights,
  consultations: ConsultationsRepository,
  auth: AuthContext,
  slug: string | undefined,
): Promise<string[] | null> {
  const scope = await rights.scope(auth);
  if (!slug) return scope.all ? null : scope.consultationIds;
  const consultation = await consultations.findBySlug(slug);
  if (!consultation) throw new AppException(404, 'consultations.not-found');
  if (!scope.all && !scope.consultationIds.includes(consultation.id)) throw new AppException(403, 'moderation.not-your-consultation');
  return [consultation.id];
}

@Injectable()
export class QueueService {
  constructor(
    private readonly queue: QueueRepository,
    private readonly rights: ModerationRights,
    private readonly consultations: ConsultationsRepository,
    private readonly decisions: DecisionsReader,
  ) {}

  async consultationsModerated(auth: AuthContext): Promise<{ id: string; slug: string; title: string; phase: string }[]> {
    return this.queue.consultations(await scopedConsultations(this.rights, this.consultations, auth, undefined));
  }

  async list(query: QueueQueryDto, auth: AuthContext, language: Language): Promise<QueuePage> {
    const filter: QueueFilter = {
      consultationIds: await scopedConsultations(this.rights, this.consultations, auth, query.consultation),
      kind: query.kind,
      reason: query.reason,
      q: query.q || undefined,
    };
    const { page, pageSize } = query;
    const { rows, total } = await this.queue.page(filter, page, pageSize);
    const ofType = (type: 'proposal' | 'comment') => rows.filter((row) => row.target_type === type).map((row) => row.id);
    const [proposalReports, commentReports, proposalDecisions, commentDecisions] = await Promise.all([
      this.queue.reports('proposal', ofType('proposal')),
      this.queue.reports('comment', ofType('comment')),
      this.decisions.latestFor('proposal', ofType('proposal')),
      this.decisions.latestFor('comment', ofType('comment')),
    ]);
    const items = rows.map((row) => {
      const reports = (row.target_type === 'proposal' ? proposalReports : commentReports).filter((report) => report.target_id === row.id);
      const decision = (row.target_type === 'proposal' ? proposalDecisions : commentDecisions).get(row.id);
      return this.item(row, reports, decision ? decisionView(decision, true, language) : null, language);
    });
    return { items, page, pageSize, total };
  }

  private item(row: QueueRow, reports: ReportRow[], lastDecision: QueueItem['lastDecision'], language: Language): QueueItem {
    const reasons: QueueReason[] = (['submitted', 'reported', 'flagged'] as const).filter((reason) => row[reason]);
    const texts = row.target_type === 'proposal' ? { title: row.title ?? '', summary: row.summary ?? '', body: row.body } : { body: row.body };
    return {
      targetType: row.target_type,
      id: row.id,
      consultation: { id: row.consultation_id, slug: row.consultation_slug, title: row.consultation_title },
      proposal: { id: row.proposal_id, ref: Number(row.proposal_ref), title: row.proposal_title },
      state: row.state,
      reasons,
      title: row.title,
      summary: row.summary,
      body: row.body,
      author: contributor(row.author_id, row.author_name, language),
      createdAt: new Date(row.created_at).toISOString(),
      updatedAt: new Date(row.updated_at).toISOString(),
      personalData: fromStored(row.personal_data, texts),
      reports: reportsSummary(reports, reportsToHide(row.consultation_settings)),
      lastDecision,
    };
  }
}
