import { GradeScale } from '../majority-judgment/grade-scale';
import { NoOpinionPolicy } from '../majority-judgment/grade-tally';
import { decideCommitteeJudgment } from './committee-majority-judgment';
import { CommitteeAttendance } from './committee-roster';
import { CommitteeSettings } from './committee-settings';
import { CommitteeChoice, CommitteeDecision, CommitteeDecisionReason, decideCommitteeVote, QualifiedMajority } from './committee-vote';

/** One member's ballot as stored: a vote (a choice, or a grade under majority judgment) or a recusal. */
export interface MemberBallot {
  memberId: string;
  kind: 'vote' | 'recusal';
  choice: CommitteeChoice | null;
  grade: number | 'no_opinion' | null;
  amendments: boolean;
}

type Attendance = Pick<CommitteeAttendance, 'members' | 'recused' | 'eligible' | 'voted' | 'quorumRequired'>;

/**
 * What a closed committee vote records and publishes: whole numbers and words only, so that the
 * same summary is stored, fingerprinted and recomputed without any floating-point doubt.
 */
export interface ChoicesTallySummary extends Attendance {
  method: 'choices';
  adopt: number;
  adoptWithAmendments: number;
  reject: number;
  abstain: number;
  qualifiedMajority: QualifiedMajority | null;
  decision: CommitteeDecision;
  reasons: CommitteeDecisionReason[];
}

export interface JudgmentTallySummary extends Attendance {
  method: 'majority_judgment';
  /** Grade → members who gave it, worst first, after the no-opinion policy. */
  counts: Record<string, number>;
  noOpinion: number;
  majorityGrade: number | null;
  adoptionMinGrade: number;
  amendmentsRequested: number;
  adoptAsItStands: number;
  decision: CommitteeDecision;
  reasons: CommitteeDecisionReason[];
}

export type CommitteeTallySummary = ChoicesTallySummary | JudgmentTallySummary;

export type CloseProblem = 'quorum-missing' | 'all-recused';

export type CloseResult = { ok: true; summary: CommitteeTallySummary } | { ok: false; problem: CloseProblem; attendance: Attendance };

const attendanceOf = (tally: CommitteeAttendance): Attendance => ({
  members: tally.members,
  recused: tally.recused,
  eligible: tally.eligible,
  voted: tally.voted,
  quorumRequired: tally.quorumRequired,
});

/**
 * The chair closes a vote: the rules of the consultation's committee decide, and a vote without
 * quorum (or where every member is recused) is not closed at all, so that it can still be completed.
 * Ballots of people off the roster are a bug upstream and make the domain throw.
 */
export function closeCommitteeVote(
  memberIds: readonly string[],
  ballots: readonly MemberBallot[],
  settings: CommitteeSettings,
  judgment: { scale: GradeScale; noOpinion: NoOpinionPolicy },
): CloseResult {
  const roster = { memberIds, recusedIds: ballots.filter((b) => b.kind === 'recusal').map((b) => b.memberId) };
  const votes = ballots.filter((b) => b.kind === 'vote');
  if (settings.voteMethod === 'majority_judgment') {
    const outcome = decideCommitteeJudgment(
      roster,
      votes.map((b) => {
        if (b.grade === null) throw new RangeError(`${b.memberId} voted without a grade`);
        return { memberId: b.memberId, grade: b.grade, amendments: b.amendments };
      }),
      { scale: judgment.scale, noOpinion: judgment.noOpinion, adoptionMinGrade: settings.adoptionMinGrade ?? undefined },
    );
    const problem = closeProblem(outcome.reasons);
    if (problem) return { ok: false, problem, attendance: attendanceOf(outcome.tally) };
    const { tally } = outcome;
    return {
      ok: true,
      summary: {
        method: 'majority_judgment',
        ...attendanceOf(tally),
        counts: Object.fromEntries(Object.entries(tally.result.counts).map(([grade, n]) => [grade, n])),
        noOpinion: tally.result.noOpinion,
        majorityGrade: tally.result.majorityGrade,
        adoptionMinGrade: tally.adoptionMinGrade,
        amendmentsRequested: tally.amendmentsRequested,
        adoptAsItStands: tally.adoptAsItStands,
        decision: outcome.decision,
        reasons: outcome.reasons,
      },
    };
  }
  const outcome = decideCommitteeVote(
    roster,
    votes.map((b) => {
      if (b.choice === null) throw new RangeError(`${b.memberId} voted without a choice`);
      return { memberId: b.memberId, choice: b.choice };
    }),
    { qualifiedMajority: settings.qualifiedMajority },
  );
  const problem = closeProblem(outcome.reasons);
  if (problem) return { ok: false, problem, attendance: attendanceOf(outcome.tally) };
  const { tally } = outcome;
  return {
    ok: true,
    summary: {
      method: 'choices',
      ...attendanceOf(tally),
      adopt: tally.adopt,
      adoptWithAmendments: tally.adoptWithAmendments,
      reject: tally.reject,
      abstain: tally.abstain,
      qualifiedMajority: settings.qualifiedMajority,
      decision: outcome.decision,
      reasons: outcome.reasons,
    },
  };
}

function closeProblem(reasons: readonly CommitteeDecisionReason[]): CloseProblem | null {
  if (reasons.includes('all-recused')) return 'all-recused';
  if (reasons.includes('quorum-missing')) return 'quorum-missing';
  return null;
}
