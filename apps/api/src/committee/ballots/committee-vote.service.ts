import { Injectable } from '@nestjs/common';
import type { CommitteeBallotView, CommitteeVoteStatus, Language } from '@concordia/contracts';
import { closeCommitteeVote, CommitteeSettings, DEFAULT_GRADE_SCALE, isGradeOf, MemberBallot } from '@concordia/domain';
import type { AuthContext } from '../../auth/auth-context';
import { AppException, badRequest, conflict, forbidden } from '../../common/http/app-exception';
import { AuditLogService } from '../../audit/audit-log.service';
import { CommitteeAccess, CommitteeReader } from '../committee-access.service';
import { committeeSettingsOf } from '../committee-settings';
import { CommitteeRepository } from '../committee.repository';
import type { CommitteeBallotDto } from '../committee.dto';
import { ReviewedTarget, ReviewTargets } from '../review/review-targets';
import { ReviewsRepository } from '../review/reviews.repository';
import { BallotWrite, COMMITTEE_NO_OPINION, CommitteeBallotsRepository, StoredBallot } from './committee-ballots.repository';
import { ballotView, gradeOf, voteStatus } from './committee-vote.mapper';

/**
 * The committee's vote on one proposal under review. Ballots are sealed until the chair closes the
 * vote: a member reads back only their own, and every ballot becomes readable (to the committee and
 * admins) only once the tally is stored. The tally and decision come from libs/domain.
 */
@Injectable()
export class CommitteeVoteService {
  constructor(
    private readonly targets: ReviewTargets,
    private readonly access: CommitteeAccess,
    private readonly committee: CommitteeRepository,
    private readonly reviews: ReviewsRepository,
    private readonly ballots: CommitteeBallotsRepository,
    private readonly audit: AuditLogService,
  ) {}

  async cast(idOrRef: string, auth: AuthContext, input: CommitteeBallotDto, language: Language): Promise<CommitteeBallotView> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.member(target.consultation.id, auth);
    const settings = committeeSettingsOf((await this.committee.state(target.consultation.id)).rules);
    const ballot = this.readBallot(target, settings, input);
    await this.committee.transaction(async (manager) => {
      this.assertOpen(await this.reviews.lockReview(manager, target.proposal.id));
      await this.ballots.upsert(manager, target.proposal.id, auth.user.id, ballot);
    });
    return ballotView((await this.ballots.own(target.proposal.id, auth.user.id)) as StoredBallot, language);
  }

  async mine(idOrRef: string, auth: AuthContext, language: Language): Promise<CommitteeBallotView> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.member(target.consultation.id, auth);
    const ballot = await this.ballots.own(target.proposal.id, auth.user.id);
    if (!ballot) throw new AppException(404, 'committee.no-ballot');
    return ballotView(ballot, language);
  }

  /** A member may take back a ballot (or a recusal) while the vote is open. */
  async withdraw(idOrRef: string, auth: AuthContext): Promise<void> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.member(target.consultation.id, auth);
    const removed = await this.committee.transaction(async (manager) => {
      this.assertOpen(await this.reviews.lockReview(manager, target.proposal.id));
      return this.ballots.remove(manager, target.proposal.id, auth.user.id);
    });
    if (!removed) throw new AppException(404, 'committee.no-ballot');
  }

  /** Every ballot with its member and reason: only once the vote is closed, for anyone. */
  async all(idOrRef: string, auth: AuthContext, language: Language): Promise<CommitteeBallotView[]> {
    const target = await this.targets.reviewed(idOrRef);
    await this.access.memberOrAdmin(target.consultation.id, auth);
    if (!target.review.voteClosedAt) throw forbidden('committee.ballots-sealed');
    return (await this.ballots.all([target.proposal.id])).map((ballot) => ballotView(ballot, language));
  }

  async status(idOrRef: string, auth: AuthContext, language: Language): Promise<CommitteeVoteStatus> {
    const target = await this.targets.reviewed(idOrRef);
    const reader = await this.access.memberOrAdmin(target.consultation.id, auth);
    return this.statusOf(target, reader, language);
  }

  async statusOf(target: ReviewedTarget, reader: CommitteeReader, language: Language): Promise<CommitteeVoteStatus> {
    const [roster, attendance, state, mine] = await Promise.all([
      this.committee.roster(target.consultation.id),
      this.ballots.attendance([target.proposal.id]),
      this.committee.state(target.consultation.id),
      reader.isMember ? this.ballots.own(target.proposal.id, reader.userId) : Promise.resolve(null),
    ]);
    return voteStatus({
      method: committeeSettingsOf(state.rules).voteMethod,
      phase: target.consultation.phase,
      review: target.review,
      rosterIds: roster.map((m) => m.userId),
      attendance: attendance.get(target.proposal.id) ?? [],
      myBallot: mine,
      reader,
      language,
    });
  }

  /**
   * The chair closes the vote: the tally is computed under the review's row lock (no ballot can
   * change meanwhile), stored once, and chained into the public audit log in the same transaction.
   * Without quorum nothing is stored and the chair is told how many ballots are missing.
   */
  async close(idOrRef: string, auth: AuthContext, language: Language): Promise<CommitteeVoteStatus> {
    const target = await this.targets.reviewed(idOrRef);
    const reader = await this.access.chair(target.consultation.id, auth);
    const { consultation } = target;
    await this.committee.transaction(async (manager) => {
      this.assertOpen(await this.reviews.lockReview(manager, target.proposal.id));
      const roster = await this.committee.roster(consultation.id, manager);
      const settings = committeeSettingsOf((await this.committee.state(consultation.id, manager)).rules);
      const onRoster = new Set(roster.map((m) => m.userId));
      const stored = (await this.ballots.all([target.proposal.id], manager)).filter((b) => b.memberId !== null && onRoster.has(b.memberId));
      const result = closeCommitteeVote(
        roster.map((m) => m.userId),
        stored.map((b): MemberBallot => ({
          memberId: b.memberId as string,
          kind: b.kind,
          choice: b.choice,
          grade: gradeOf(b),
          amendments: b.amendments,
        })),
        settings,
        { scale: consultation.settings.gradeScale ?? DEFAULT_GRADE_SCALE, noOpinion: consultation.settings.noOpinion },
      );
      if (!result.ok) {
        const { voted, eligible, quorumRequired } = result.attendance;
        if (result.problem === 'all-recused') throw conflict('committee.all-recused');
        throw conflict('committee.quorum-missing', { voted, eligible, required: quorumRequired, missing: quorumRequired - voted });
      }
      const closedAt = await this.reviews.close(manager, target.proposal.id, auth.user.id, result.summary);
      if (!closedAt) throw conflict('committee.vote-closed');
      await this.audit.append(manager, 'committee.vote-closed', {
        consultation: consultation.slug,
        proposal: { id: target.proposal.id, ref: target.proposal.ref },
        tally: result.summary,
        decision: result.summary.decision,
      });
    });
    return this.statusOf(await this.targets.reviewed(target.proposal.id), reader, language);
  }

  private assertOpen(review: { voteClosedAt: Date | null; phase: string } | null): void {
    if (!review) throw new AppException(404, 'committee.not-under-review');
    if (review.voteClosedAt) throw conflict('committee.vote-closed');
    if (review.phase !== 'committee_review') throw conflict('committee.review-not-now');
  }

  /** The ballot the consultation's committee method expects; anything else is a 400 that says what to send. */
  private readBallot(target: ReviewedTarget, settings: CommitteeSettings, input: CommitteeBallotDto): BallotWrite {
    const statement = input.reason;
    if (input.choice === 'recuse') {
      if (input.grade !== undefined || input.amendments !== undefined)
        throw badRequest('committee.ballot-shape', { expected: expected(settings, target) });
      return { kind: 'recusal', choice: null, grade: null, amendments: false, statement };
    }
    if (settings.voteMethod === 'majority_judgment') {
      const scale = target.consultation.settings.gradeScale ?? DEFAULT_GRADE_SCALE;
      if (input.choice !== undefined || input.grade === undefined)
        throw badRequest('committee.ballot-shape', { expected: expected(settings, target) });
      if (input.grade !== 'no_opinion' && !isGradeOf(scale, input.grade)) {
        throw badRequest('committee.grade-off-scale', { grade: input.grade, max: scale.grades.length });
      }
      const grade = input.grade === 'no_opinion' ? COMMITTEE_NO_OPINION : input.grade;
      return { kind: 'vote', choice: null, grade, amendments: input.amendments ?? false, statement };
    }
    if (input.choice === undefined || input.grade !== undefined || input.amendments !== undefined) {
      throw badRequest('committee.ballot-shape', { expected: expected(settings, target) });
    }
    return { kind: 'vote', choice: input.choice, grade: null, amendments: false, statement };
  }
}

function expected(settings: CommitteeSettings, target: ReviewedTarget): string {
  if (settings.voteMethod === 'majority_judgment') {
    const max = (target.consultation.settings.gradeScale ?? DEFAULT_GRADE_SCALE).grades.length;
    return `{"grade": 1…${max} | "no_opinion", "amendments"?: boolean, "reason": "…"} | {"choice": "recuse", "reason": "…"}`;
  }
  return '{"choice": "adopt" | "adopt_with_amendments" | "reject" | "abstain" | "recuse", "reason": "…"}';
}
