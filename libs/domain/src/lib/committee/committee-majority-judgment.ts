import { DEFAULT_GRADE_SCALE, GradeScale, isGradeOf } from '../majority-judgment/grade-scale';
import { NoOpinionPolicy } from '../majority-judgment/grade-tally';
import { majorityJudgmentResult, MajorityJudgmentResult } from '../majority-judgment/proposal-result';
import { defaultRevisionThreshold } from '../majority-judgment/revision-round';
import { committeeAttendance, CommitteeAttendance, CommitteeRoster } from './committee-roster';
import { CommitteeDecisionReason, CommitteeOutcome } from './committee-vote';

/**
 * A member grades the proposal on the scale, or says "no opinion" (present, like an abstention).
 * `amendments`: adopt only once amended.
 */
export interface CommitteeGradeBallot {
  memberId: string;
  grade: number | 'no_opinion';
  amendments?: boolean;
}

export interface CommitteeJudgmentRules {
  scale?: GradeScale;
  noOpinion?: NoOpinionPolicy;
  /** Lowest majority grade that adopts; by default the grade just above the middle (4 on 1–5). */
  adoptionMinGrade?: number;
}

export interface CommitteeJudgmentTally extends CommitteeAttendance {
  result: MajorityJudgmentResult;
  adoptionMinGrade: number;
  /** Among members grading at or above the adoption grade: how many asked for amendments, how many did not. */
  amendmentsRequested: number;
  adoptAsItStands: number;
}

export function decideCommitteeJudgment(
  roster: CommitteeRoster,
  ballots: readonly CommitteeGradeBallot[],
  rules: CommitteeJudgmentRules = {},
): CommitteeOutcome<CommitteeJudgmentTally> {
  const scale = rules.scale ?? DEFAULT_GRADE_SCALE;
  const adoptionMinGrade = rules.adoptionMinGrade ?? defaultRevisionThreshold(scale) + 1;
  if (!isGradeOf(scale, adoptionMinGrade))
    throw new RangeError(`Adoption grade ${adoptionMinGrade} is not on the scale`);
  const counts: Record<number, number> = {};
  let noOpinion = 0;
  for (const ballot of ballots) {
    if (ballot.grade === 'no_opinion') noOpinion++;
    else if (isGradeOf(scale, ballot.grade)) counts[ballot.grade] = (counts[ballot.grade] ?? 0) + 1;
    else throw new RangeError(`Grade ${String(ballot.grade)} is not on the scale`);
  }
  const favourable = ballots.filter((ballot) => typeof ballot.grade === 'number' && ballot.grade >= adoptionMinGrade);
  const amendmentsRequested = favourable.filter((ballot) => ballot.amendments).length;
  const tally: CommitteeJudgmentTally = {
    ...committeeAttendance(
      roster,
      ballots.map((ballot) => ballot.memberId),
    ),
    result: majorityJudgmentResult({ counts, noOpinion }, { scale, noOpinion: rules.noOpinion }),
    adoptionMinGrade,
    amendmentsRequested,
    adoptAsItStands: favourable.length - amendmentsRequested,
  };
  const notAdopted = (reason: CommitteeDecisionReason): CommitteeOutcome<CommitteeJudgmentTally> => ({
    tally,
    decision: 'not_adopted',
    reasons: [reason],
  });
  if (tally.eligible === 0) return notAdopted('all-recused');
  if (!tally.quorumReached) return notAdopted('quorum-missing');
  const grade = tally.result.majorityGrade;
  if (grade === null) return notAdopted('all-abstained');
  if (grade < adoptionMinGrade) return notAdopted('majority-grade-too-low');
  if (amendmentsRequested > tally.adoptAsItStands) {
    return {
      tally,
      decision: 'adopted_with_amendments',
      reasons: ['majority-grade-reached', 'amendments-outnumber-adopt'],
    };
  }
  return { tally, decision: 'adopted', reasons: ['majority-grade-reached'] };
}
