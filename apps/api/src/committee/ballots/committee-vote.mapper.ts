import type { CommitteeBallotView, CommitteeTallyData, CommitteeVoteMethodName, CommitteeVoteStatus, Language } from '@concordia/contracts';
import { committeeAttendance } from '@concordia/domain';
import { translate } from '../../common/i18n/messages';
import type { CommitteeReader } from '../committee-access.service';
import type { ReviewRow } from '../review/reviews.repository';
import { COMMITTEE_NO_OPINION, StoredBallot } from './committee-ballots.repository';

export function gradeOf(ballot: Pick<StoredBallot, 'grade'>): number | 'no_opinion' | null {
  if (ballot.grade === null) return null;
  return ballot.grade === COMMITTEE_NO_OPINION ? 'no_opinion' : ballot.grade;
}

export function ballotView(ballot: StoredBallot, language: Language): CommitteeBallotView {
  return {
    proposalId: ballot.proposalId,
    member: { userId: ballot.memberId ?? '', displayName: ballot.memberName ?? translate('participants.deleted', language) },
    kind: ballot.kind,
    choice: ballot.choice,
    grade: gradeOf(ballot),
    amendments: ballot.amendments,
    reason: ballot.statement,
    castAt: new Date(ballot.castAt).toISOString(),
    updatedAt: new Date(ballot.updatedAt).toISOString(),
  };
}

export interface VoteStatusInput {
  method: CommitteeVoteMethodName;
  phase: string;
  review: ReviewRow;
  rosterIds: readonly string[];
  /** Who took part (no choices): enough for counts before close. */
  attendance: readonly { memberId: string | null; kind: 'vote' | 'recusal' }[];
  myBallot: StoredBallot | null;
  reader: CommitteeReader;
  language: Language;
}

/**
 * What anyone on the committee (or an admin) may know of a vote: before close, how many voted and
 * whether the quorum is reached — never who chose what; after close, the stored tally.
 */
export function voteStatus(input: VoteStatusInput): CommitteeVoteStatus {
  const { review, reader } = input;
  const closed = review.voteClosedAt !== null;
  const onRoster = new Set(input.rosterIds);
  // Ballots of people no longer on the roster do not count (the roster update removes them anyway).
  const present = input.attendance.filter((a) => a.memberId !== null && onRoster.has(a.memberId));
  const counts = committeeAttendance(
    { memberIds: input.rosterIds, recusedIds: present.filter((a) => a.kind === 'recusal').map((a) => a.memberId as string) },
    present.filter((a) => a.kind === 'vote').map((a) => a.memberId as string),
  );
  const tally = closed ? (review.tally as CommitteeTallyData) : null;
  const open = !closed && input.phase === 'committee_review';
  return {
    method: tally?.method ?? input.method,
    closed,
    closedAt: review.voteClosedAt ? new Date(review.voteClosedAt).toISOString() : null,
    ballotsCast: tally ? tally.voted : counts.voted,
    recusals: tally ? tally.recused : counts.recused,
    eligible: tally ? tally.eligible : counts.eligible,
    quorumRequired: tally ? tally.quorumRequired : counts.quorumRequired,
    quorumReached: tally ? true : counts.quorumReached,
    decision: review.decision,
    tally,
    myBallot: input.myBallot ? ballotView(input.myBallot, input.language) : null,
    canVote: open && reader.isMember,
    canClose: open && reader.isChair,
  };
}
