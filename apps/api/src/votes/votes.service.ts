import { Injectable } from '@nestjs/common';
import type { MyBallot } from '@concordia/contracts';
import { DEFAULT_GRADE_SCALE } from '@concordia/domain';
import type { AuthContext } from '../auth/auth-context';
import { AppException, conflict } from '../common/http/app-exception';
import { BallotSealer } from './ballot-sealer';
import { ballotView, BallotInput, readBallot } from './ballot-value';
import { OpenBallotsRepository, StoredBallot } from './open-ballots.repository';
import { SecretBallotsRepository } from './secret-ballots.repository';
import type { VotingTarget } from './voting-context.repository';
import { VotingGate } from './voting-gate';

/** Casting, changing, retracting and reading back one's own ballot. */
@Injectable()
export class VotesService {
  constructor(
    private readonly gate: VotingGate,
    private readonly open: OpenBallotsRepository,
    private readonly secret: SecretBallotsRepository,
    private readonly sealer: BallotSealer,
  ) {}

  async cast(proposalId: string, auth: AuthContext, input: BallotInput): Promise<MyBallot> {
    const target = await this.gate.publicTarget(proposalId);
    const { settings } = target.consultation;
    const reading = readBallot(settings.votingMethod, settings.gradeScale ?? DEFAULT_GRADE_SCALE, input);
    if (!reading.ok) throw new AppException(400, reading.key, reading.params);
    this.gate.assertVotingOpen(target);
    await this.gate.assertEligible(target, auth.user);

    const participantId = auth.user.participantId;
    const cap = settings.votingMethod === 'support' ? settings.supportCap : null;
    if (settings.ballotSecrecy === 'secret') {
      const sealed = this.sealer.seal(target.consultation.id, reading.value);
      const outcome = await this.secret.cast(proposalId, target.consultation.id, participantId, sealed, cap);
      if (outcome === 'already-voted') throw conflict('votes.secret-already-voted');
      if (outcome === 'not-votable') throw conflict('votes.proposal-not-votable');
      if (outcome === 'voting-closed') throw conflict('votes.closed');
      if (outcome === 'over-cap') throw conflict('votes.support-cap-reached', { cap: cap as number });
      return { ...this.view(target, true, null), tracker: sealed.tracker };
    }
    const stored =
      cap === null
        ? await this.open.upsert(proposalId, participantId, reading.value)
        : await this.open.supportWithinCap(proposalId, target.consultation.id, participantId, reading.value, cap);
    if (!stored) throw conflict('votes.support-cap-reached', { cap: cap as number });
    return this.view(target, true, stored);
  }

  /** Open ballots only, while voting is open; retracting a ballot one does not have is not an error. */
  async retract(proposalId: string, auth: AuthContext): Promise<void> {
    const target = await this.gate.publicTarget(proposalId);
    if (target.consultation.settings.ballotSecrecy === 'secret') throw conflict('votes.secret-final');
    this.gate.assertVotingOpen(target);
    await this.open.remove(proposalId, auth.user.participantId);
  }

  async mine(proposalId: string, auth: AuthContext): Promise<MyBallot> {
    const target = await this.gate.publicTarget(proposalId);
    const participantId = auth.user.participantId;
    if (target.consultation.settings.ballotSecrecy === 'secret') {
      return this.view(target, await this.secret.hasVoted(proposalId, participantId), null);
    }
    const stored = await this.open.find(proposalId, participantId);
    return this.view(target, !!stored, stored);
  }

  private view({ proposal, consultation }: VotingTarget, voted: boolean, stored: StoredBallot | null): MyBallot {
    const { votingMethod, ballotSecrecy } = consultation.settings;
    return {
      proposalId: proposal.id,
      method: votingMethod,
      secrecy: ballotSecrecy,
      voted,
      ballot: stored ? ballotView(votingMethod, stored.value) : null,
      castAt: stored ? new Date(stored.castAt).toISOString() : null,
      final: ballotSecrecy === 'secret' && voted,
      tracker: null,
    };
  }
}
