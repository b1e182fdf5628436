import { Injectable } from '@nestjs/common';
import type { CommitteeMemberView, Language, ReviewDetail, ReviewItem, ReviewPage } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import { AppException, badRequest, conflict } from '../../common/http/app-exception';
import { NotificationsService } from '../../notifications/notifications.service';
import { contributor } from '../../proposals/proposal.mapper';
import { CommitteeBallotsRepository } from '../ballots/committee-ballots.repository';
import { voteStatus } from '../ballots/committee-vote.mapper';
import { CommitteeAccess, CommitteeReader } from '../committee-access.service';
import { committeeSettingsOf } from '../committee-settings';
import { CommitteeRepository } from '../committee.repository';
import { NotesRepository } from '../notes/notes.repository';
import { ResponsesRepository } from '../responses/responses.repository';
import { CitizenResults } from './citizen-results.service';
import { ReviewOpening } from './review-opening.service';
import { ReviewTargets } from './review-targets';
import { ReviewConsultation, ReviewedProposal, ReviewRow, ReviewsRepository } from './reviews.repository';

/** The committee's workspace: the proposals under review with everything a member needs to decide. */
@Injectable()
export class ReviewWorkspaceService {
  constructor(
    private readonly reviews: ReviewsRepository,
    private readonly targets: ReviewTargets,
    private readonly committee: CommitteeRepository,
    private readonly access: CommitteeAccess,
    private readonly opening: ReviewOpening,
    private readonly ballots: CommitteeBallotsRepository,
    private readonly responses: ResponsesRepository,
    private readonly notes: NotesRepository,
    private readonly results: CitizenResults,
    private readonly notifications: NotificationsService,
  ) {}

  async consultation(slug: string): Promise<ReviewConsultation> {
    const found = await this.reviews.consultationBySlug(slug);
    if (!found) throw new AppException(404, 'consultations.not-found');
    return found;
  }

  /** Opens the review on first read when nothing else (a revision round) can still need the published proposals. */
  async openIfDue(consultation: ReviewConsultation): Promise<void> {
    const [state, roster] = await Promise.all([this.committee.state(consultation.id), this.committee.roster(consultation.id)]);
    if (
      this.opening.opensLazily(
        consultation,
        state.reviewOpenedAt,
        roster.some((m) => m.role === 'chair'),
      )
    ) {
      await this.opening.openReview(consultation);
    }
  }

  async page(slug: string, auth: AuthContext, page: number, pageSize: number, language: Language): Promise<ReviewPage> {
    const consultation = await this.consultation(slug);
    const reader = await this.access.memberOrAdmin(consultation.id, auth);
    await this.openIfDue(consultation);
    const { items, total } = await this.reviews.page(consultation.id, page, pageSize);
    return { items: await this.items(consultation, items, reader, language), page, pageSize, total };
  }

  async detail(idOrRef: string, auth: AuthContext, language: Language): Promise<ReviewDetail> {
    const target = await this.targets.reviewed(idOrRef);
    const reader = await this.access.memberOrAdmin(target.consultation.id, auth);
    const [item] = await this.items(target.consultation, [{ proposal: target.proposal, review: target.review }], reader, language);
    const { consultation, proposal } = target;
    return {
      ...item,
      consultation: { slug: consultation.slug, title: consultation.title, phase: consultation.phase },
      body: proposal.body,
      bodyHtml: proposal.bodyHtml,
    };
  }

  /** The chair names (or unnames) a rapporteur among the members, until the outcomes are published. */
  async setRapporteur(idOrRef: string, userId: string | null, auth: AuthContext, language: Language): Promise<ReviewDetail> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.chair(target.consultation.id, auth);
    if (target.consultation.phase !== 'committee_review') throw conflict('committee.review-not-now');
    const roster = await this.committee.roster(target.consultation.id);
    if (userId !== null && !roster.some((m) => m.userId === userId)) throw badRequest('committee.rapporteur-not-member');
    await this.reviews.setRapporteur(target.proposal.id, userId);
    if (userId !== null && userId !== target.review.rapporteurId) {
      await this.notifications.notify([
        {
          userId,
          kind: 'committee.rapporteur-assigned',
          params: { consultationSlug: target.consultation.slug, proposalRef: target.proposal.ref, proposalTitle: target.proposal.title },
          link: `/consultations/${target.consultation.slug}/committee/proposals/${target.proposal.ref}`,
        },
      ]);
    }
    return this.detail(target.proposal.id, auth, language);
  }

  private async items(
    consultation: ReviewConsultation,
    rows: readonly { proposal: ReviewedProposal; review: ReviewRow }[],
    reader: CommitteeReader,
    language: Language,
  ): Promise<ReviewItem[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((row) => row.proposal.id);
    const [roster, state, authors, citizens, attendance, mine, responses, notes] = await Promise.all([
      this.committee.roster(consultation.id),
      this.committee.state(consultation.id),
      this.reviews.authors(ids),
      this.results.of(
        consultation,
        rows.map((row) => row.proposal),
      ),
      this.ballots.attendance(ids),
      reader.isMember ? this.ballots.ownMany(ids, reader.userId) : Promise.resolve(new Map()),
      this.responses.many(ids),
      reader.isMember ? this.notes.counts(ids) : Promise.resolve(null),
    ]);
    const members = new Map<string, CommitteeMemberView>(roster.map((m) => [m.userId, m]));
    const method = committeeSettingsOf(state.rules).voteMethod;
    return rows.map(({ proposal, review }) => {
      const response = responses.get(proposal.id);
      return {
        proposal: {
          id: proposal.id,
          ref: proposal.ref,
          title: proposal.title,
          summary: proposal.summary,
          theme: proposal.theme,
          state: proposal.state,
          version: proposal.version,
          authors: (authors.get(proposal.id) ?? []).map((a) => contributor(a.id, a.displayName, language)),
        },
        citizens: citizens.get(proposal.id) as ReviewItem['citizens'],
        rapporteur: review.rapporteurId ? (members.get(review.rapporteurId) ?? null) : null,
        vote: voteStatus({
          method,
          phase: consultation.phase,
          review,
          rosterIds: roster.map((m) => m.userId),
          attendance: attendance.get(proposal.id) ?? [],
          myBallot: mine.get(proposal.id) ?? null,
          reader,
          language,
        }),
        response: {
          status: !response ? 'none' : response.publishedAt ? 'published' : 'draft',
          decision: response?.decision ?? null,
          updatedAt: response ? new Date(response.updatedAt).toISOString() : null,
        },
        notes: notes ? (notes.get(proposal.id) ?? 0) : null,
      };
    });
  }
}
