import { Injectable } from '@nestjs/common';
import type { CommitteeCandidate, CommitteeView, MyCommittee, Page, ReviewOpened } from '@concordia/contracts';
import { phaseIndex } from '@concordia/domain';
import type { AuthContext } from '../../auth/auth-context';
import { badRequest, conflict } from '../../common/http/app-exception';
import { ValidationFailedException } from '../../common/http/validation';
import { CommitteeAccess, CommitteeReader } from '../committee-access.service';
import { committeeSettingsData, committeeSettingsOf, mergeCommitteeSettings } from '../committee-settings';
import { CommitteeRepository } from '../committee.repository';
import type { SetCommitteeDto } from '../committee.dto';
import { ReviewOpening } from '../review/review-opening.service';
import { ReviewWorkspaceService } from '../review/review-workspace.service';
import { ReviewConsultation, ReviewsRepository } from '../review/reviews.repository';

/** The committee of a consultation: its roster and rules (set by admins) and the opening of its review. */
@Injectable()
export class CommitteeService {
  constructor(
    private readonly committee: CommitteeRepository,
    private readonly access: CommitteeAccess,
    private readonly workspace: ReviewWorkspaceService,
    private readonly opening: ReviewOpening,
    private readonly reviews: ReviewsRepository,
  ) {}

  async view(slug: string, auth: AuthContext): Promise<CommitteeView> {
    const consultation = await this.workspace.consultation(slug);
    const reader = await this.access.memberOrAdmin(consultation.id, auth);
    await this.workspace.openIfDue(consultation);
    return this.build(consultation, reader);
  }

  /**
   * Replaces the roster (exactly one chair, every member holding the committee role) and merges the
   * rules. The roster is frozen once the outcomes are published (they name who decided); the rules
   * once a ballot is cast (ballots were cast under them).
   */
  async set(slug: string, input: SetCommitteeDto, auth: AuthContext): Promise<CommitteeView> {
    const consultation = await this.workspace.consultation(slug);
    if (phaseIndex(consultation.phase) >= phaseIndex('outcomes_published')) throw conflict('committee.roster-locked');
    const ids = input.members.map((m) => m.userId);
    if (new Set(ids).size !== ids.length) throw badRequest('committee.member-twice');
    if (input.members.filter((m) => m.role === 'chair').length !== 1) throw badRequest('committee.one-chair');
    const users = new Map((await this.committee.users(ids)).map((u) => [u.id, u]));
    for (const id of ids) {
      const user = users.get(id);
      if (!user) throw badRequest('committee.member-not-found', { id });
      if (!user.roles.includes('committee')) throw badRequest('committee.member-not-committee', { name: user.displayName });
    }
    await this.committee.transaction(async (manager) => {
      await this.committee.lockConsultation(manager, consultation.id);
      const state = await this.committee.state(consultation.id, manager);
      const current = committeeSettingsOf(state.rules);
      if (input.settings) {
        const merged = mergeCommitteeSettings(current, input.settings, consultation.settings.gradeScale);
        if (merged.problems.length > 0) throw new ValidationFailedException(merged.problems);
        const changed = JSON.stringify(committeeSettingsData(merged.settings)) !== JSON.stringify(committeeSettingsData(current));
        if (changed && (await this.committee.hasBallots(consultation.id, manager))) throw conflict('committee.settings-locked');
        await this.committee.saveRules(manager, consultation.id, { ...merged.settings });
      } else if (Object.keys(state.rules).length === 0) {
        await this.committee.saveRules(manager, consultation.id, {});
      }
      await this.committee.replaceRoster(manager, consultation.id, input.members);
    });
    return this.build(consultation, await this.access.reader(consultation.id, auth));
  }

  async openReview(slug: string, auth: AuthContext): Promise<ReviewOpened> {
    const consultation = await this.workspace.consultation(slug);
    await this.access.chairOrAdmin(consultation.id, auth);
    return this.opening.openReview(consultation);
  }

  async mine(auth: AuthContext): Promise<MyCommittee[]> {
    return (await this.committee.committeesOf(auth.user.id)).map((row) => ({
      consultation: { slug: row.slug, title: row.title, phase: row.phase },
      role: row.role,
      reviewOpened: row.review_opened_at !== null,
      proposals: row.proposals,
      awaitingMyBallot: row.phase === 'committee_review' ? row.awaiting : 0,
    }));
  }

  async candidates(search: string | undefined, page: number, pageSize: number): Promise<Page<CommitteeCandidate>> {
    const { rows, total } = await this.committee.candidates(search, page, pageSize);
    return {
      items: rows.map((row) => ({ userId: row.id, displayName: row.display_name, email: row.email, totpEnabled: row.totp })),
      page,
      pageSize,
      total,
    };
  }

  private async build(consultation: ReviewConsultation, reader: CommitteeReader): Promise<CommitteeView> {
    const [roster, state, progress, locked] = await Promise.all([
      this.committee.roster(consultation.id),
      this.committee.state(consultation.id),
      this.reviews.progress(consultation.id),
      this.committee.hasBallots(consultation.id),
    ]);
    const hasChair = roster.some((m) => m.role === 'chair');
    return {
      consultation: { id: consultation.id, slug: consultation.slug, title: consultation.title, phase: consultation.phase },
      members: roster,
      settings: committeeSettingsData(committeeSettingsOf(state.rules)),
      reviewRule: consultation.settings.reviewRule,
      review: {
        opened: state.reviewOpenedAt !== null,
        openedAt: state.reviewOpenedAt ? new Date(state.reviewOpenedAt).toISOString() : null,
        canOpen: !state.reviewOpenedAt && consultation.phase === 'committee_review' && hasChair && (reader.isChair || reader.isAdmin),
        ...progress,
        outcomesPublishedAt: state.outcomesPublishedAt ? new Date(state.outcomesPublishedAt).toISOString() : null,
      },
      settingsLocked: locked,
      viewer: { isMember: reader.isMember, isChair: reader.isChair, isAdmin: reader.isAdmin },
    };
  }
}
