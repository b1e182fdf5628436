import { Injectable } from '@nestjs/common';
import type { ConsultationFollowUp, FollowUpEntryView, ProposalFollowUp, ResponseDecisionName } from '@concordia/contracts';
import { followUpProblems, followUpProgress, isAdoptedDecision, phaseIndex, phaseTransitionProblem } from '@concordia/domain';
import { AuditLogService } from '../../audit/audit-log.service';
import type { AuthContext } from '../../auth/auth-context';
import { AppException, badRequest, conflict } from '../../common/http/app-exception';
import { ResponsesRepository } from '../../committee/responses/responses.repository';
import { ReviewedProposal, ReviewsRepository, ReviewTarget } from '../../committee/review/reviews.repository';
import { renderMarkdown } from '../../proposals/markdown';
import { OutcomeNotifier } from '../notify/outcome-notifier';
import { PublicationRepository } from '../publication/publication.repository';
import { currentOf, OutcomeReportService } from '../report/outcome-report.service';
import type { FollowUpDto } from '../outcomes.dto';
import { FollowUpRepository, FollowUpRow } from './follow-up.repository';

/**
 * The follow-up of adopted recommendations: admins post dated updates (status, progress, milestone),
 * the public reads the timelines. The first update of a consultation moves it from
 * outcomes_published to follow_up (the domain's forward step, as an admin would), so the life of the
 * consultation shows that the city is acting on it; a closed consultation takes no more updates.
 */
@Injectable()
export class FollowUpService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly responses: ResponsesRepository,
    private readonly entries: FollowUpRepository,
    private readonly report: OutcomeReportService,
    private readonly publication: PublicationRepository,
    private readonly notifier: OutcomeNotifier,
    private readonly audit: AuditLogService,
  ) {}

  async post(idOrRef: string, input: FollowUpDto, auth: AuthContext): Promise<ProposalFollowUp> {
    const { proposal, consultation } = await this.adopted(idOrRef);
    if (consultation.phase === 'closed') throw conflict('follow-up.closed');
    const problem = followUpProblems({ status: input.status, progress: input.progress, reason: input.reason })[0];
    if (problem) throw badRequest(`follow-up.${problem}`);
    await this.entries.transaction(async (manager) => {
      await this.entries.lockProposal(manager, proposal.id);
      const previous = (await this.entries.current([proposal.id], manager)).get(proposal.id) ?? null;
      const progress = followUpProgress({ status: input.status, progress: input.progress }, previous?.progress ?? null);
      const milestone = input.milestone?.trim() || null;
      await this.entries.insert(manager, {
        proposalId: proposal.id,
        consultationId: consultation.id,
        status: input.status,
        progress,
        date: input.date ?? new Date().toISOString().slice(0, 10),
        milestone,
        details: input.details ?? '',
        reason: input.status === 'abandoned' ? (input.reason ?? null) : input.reason?.trim() || null,
        postedBy: auth.user.id,
      });
      if (consultation.phase === 'outcomes_published' && !phaseTransitionProblem('outcomes_published', 'follow_up', { by: 'admin' })) {
        await this.publication.movePhase(manager, consultation.id, 'outcomes_published', 'follow_up', 'admin');
      }
      await this.audit.append(manager, 'follow-up.milestone', {
        consultationId: consultation.id,
        consultation: consultation.slug,
        proposal: { id: proposal.id, ref: proposal.ref },
        status: input.status,
        progress,
        milestone,
      });
      await this.notifier.followUpPosted(manager, consultation.slug, proposal, {
        status: input.status,
        progress,
        milestone,
        statusChanged: previous?.status !== input.status,
      });
    });
    return this.forProposal(proposal.id);
  }

  async forProposal(idOrRef: string): Promise<ProposalFollowUp> {
    const { proposal, consultation, decision } = await this.adopted(idOrRef);
    const timeline = await this.entries.timeline(proposal.id);
    const latest = [...timeline].sort((a, b) => new Date(a.postedAt).getTime() - new Date(b.postedAt).getTime()).at(-1);
    return {
      proposal: {
        id: proposal.id,
        ref: proposal.ref,
        title: proposal.title,
        decision,
        consultationSlug: consultation.slug,
        consultationTitle: consultation.title,
      },
      current: currentOf(latest),
      entries: timeline.map(entryView),
    };
  }

  async forConsultation(slug: string, page: number, pageSize: number): Promise<ConsultationFollowUp> {
    const { consultation } = await this.report.publishedConsultation(slug);
    const reviewed = (await this.reviews.all(consultation.id)).filter((row) => isAdoptedDecision(row.proposal.state));
    const ids = reviewed.map((row) => row.proposal.id);
    const [current, decisions, timeline] = await Promise.all([
      this.entries.current(ids),
      this.responses.many(ids),
      this.entries.page(consultation.id, page, pageSize),
    ]);
    return {
      consultation: { slug: consultation.slug, title: consultation.title, phase: consultation.phase },
      recommendations: reviewed.map(({ proposal }) => ({
        proposalId: proposal.id,
        ref: proposal.ref,
        title: proposal.title,
        decision: (decisions.get(proposal.id)?.decision ?? proposal.state) as ResponseDecisionName,
        current: currentOf(current.get(proposal.id)),
      })),
      items: timeline.items.map(entryView),
      page,
      pageSize,
      total: timeline.total,
    };
  }

  /** A recommendation whose published response adopted it; 404 for anything else (there is no follow-up to show). */
  private async adopted(
    idOrRef: string,
  ): Promise<{ proposal: ReviewedProposal; consultation: ReviewTarget['consultation']; decision: ResponseDecisionName }> {
    const target = await this.reviews.target(idOrRef);
    if (!target) throw new AppException(404, 'follow-up.proposal-not-found');
    const { proposal, consultation } = target;
    const response = target.review ? await this.responses.find(proposal.id) : null;
    if (!response?.publishedAt || phaseIndex(consultation.phase) < phaseIndex('outcomes_published'))
      throw new AppException(404, 'follow-up.not-published');
    const decision = response.decision as ResponseDecisionName;
    if (!isAdoptedDecision(decision)) throw new AppException(404, 'follow-up.not-adopted');
    return { proposal, consultation, decision };
  }
}

function entryView(row: FollowUpRow): FollowUpEntryView {
  return {
    id: row.id,
    proposal: { id: row.proposalId, ref: row.proposalRef, title: row.proposalTitle },
    status: row.status,
    progress: row.progress,
    date: row.date,
    milestone: row.milestone,
    details: row.details,
    detailsHtml: renderMarkdown(row.details),
    reason: row.reason,
    postedAt: new Date(row.postedAt).toISOString(),
  };
}
