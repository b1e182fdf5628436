import { Injectable } from '@nestjs/common';
import type { ReviewOpened } from '@concordia/contracts';
import { DEFAULT_GRADE_SCALE, majorityJudgmentResult, revisionRoundProblem, selectForReview } from '@concordia/domain';
import { conflict } from '../../common/http/app-exception';
import { NotificationsService } from '../../notifications/notifications.service';
import { gradeTally } from '../../votes/results-builder';
import { TalliesRepository } from '../../votes/tallies.repository';
import { CommitteeRepository } from '../committee.repository';
import type { ReviewConsultation } from './reviews.repository';
import { ReviewSelectionRepository } from './review-selection.repository';

/**
 * Opening the review: when voting has closed (phase committee_review), the consultation's review
 * rule picks the published proposals the committee will answer, which move to under_review.
 *
 * The consultations module moves phases and cannot be hooked, so the review opens either
 * explicitly (POST /api/consultations/:slug/committee/review, chair or admin), or lazily the first
 * time the committee's workspace is read in committee_review — but lazily only when no revision
 * round can still start (it acts on published proposals, which opening the review takes away):
 * a majority-judgment consultation with a revision threshold waits for the explicit call.
 */
@Injectable()
export class ReviewOpening {
  constructor(
    private readonly committee: CommitteeRepository,
    private readonly selection: ReviewSelectionRepository,
    private readonly tallies: TalliesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Whether the workspace may open the review on its own when read. */
  opensLazily(consultation: ReviewConsultation, openedAt: Date | null, hasChair: boolean): boolean {
    return (
      consultation.phase === 'committee_review' &&
      !openedAt &&
      hasChair &&
      revisionRoundProblem(consultation.phase, consultation.settings) !== null
    );
  }

  /** Idempotent: a second call (or a concurrent one, serialised by the lock) selects nothing more. */
  async openReview(consultation: ReviewConsultation): Promise<ReviewOpened> {
    return this.committee.transaction(async (manager) => {
      const locked = await this.committee.lockConsultation(manager, consultation.id);
      const state = await this.committee.state(consultation.id, manager);
      if (state.reviewOpenedAt) {
        return {
          openedAt: state.reviewOpenedAt.toISOString(),
          selected: [],
          proposals: await this.selection.reviewedCount(manager, consultation.id),
        };
      }
      if (locked?.phase !== 'committee_review') throw conflict('committee.review-not-now');
      const roster = await this.committee.roster(consultation.id, manager);
      if (!roster.some((member) => member.role === 'chair')) throw conflict('committee.no-chair');

      const { settings } = consultation;
      const candidates = await this.selection.publishedProposals(manager, consultation.id);
      const scale = settings.gradeScale ?? DEFAULT_GRADE_SCALE;
      const tallies = new Map<string, Map<number, number>>();
      for (const round of new Set(candidates.map((c) => c.round))) {
        for (const [id, tally] of await this.tallies.roundTallies(settings.ballotSecrecy, consultation.id, round, ['published'], manager))
          tallies.set(id, tally);
      }
      const selected = selectForReview(
        candidates.map((candidate) => {
          const tally = tallies.get(candidate.id) ?? new Map<number, number>();
          return {
            id: candidate.id,
            supports: settings.votingMethod === 'support' ? [...tally.values()].reduce((sum, n) => sum + n, 0) : 0,
            majorityGrade:
              settings.votingMethod === 'majority_judgment'
                ? majorityJudgmentResult(gradeTally(tally, scale), { scale, noOpinion: settings.noOpinion }).majorityGrade
                : null,
          };
        }),
        settings.reviewRule,
      );
      const openedAt = await this.selection.open(manager, consultation.id, selected);
      const proposals = await this.selection.reviewedCount(manager, consultation.id);
      await this.notifications.notify(
        roster.map((member) => ({
          userId: member.userId,
          kind: 'committee.review-opened',
          params: { consultationSlug: consultation.slug, consultationTitle: consultation.title, proposals },
          link: `/consultations/${consultation.slug}/committee`,
        })),
        manager,
      );
      return { openedAt: openedAt.toISOString(), selected, proposals };
    });
  }
}
