import { committeeAttendance, CommitteeAttendance, CommitteeRoster } from './committee-roster';

export const COMMITTEE_CHOICES = ['adopt', 'adopt_with_amendments', 'reject', 'abstain'] as const;
export type CommitteeChoice = (typeof COMMITTEE_CHOICES)[number];

export interface CommitteeBallot {
  memberId: string;
  choice: CommitteeChoice;
}

export type CommitteeDecision = 'adopted' | 'adopted_with_amendments' | 'not_adopted';

export type CommitteeDecisionReason =
  | 'quorum-missing'
  | 'all-recused'
  | 'all-abstained'
  | 'majority-in-favour'
  | 'qualified-majority-reached'
  | 'amendments-outnumber-adopt'
  | 'tie'
  | 'majority-against'
  | 'qualified-majority-missing'
  | 'majority-grade-reached'
  | 'majority-grade-too-low';

/** A share of the expressed (non-abstaining) votes, e.g. 2/3. */
export interface QualifiedMajority {
  numerator: number;
  denominator: number;
}

export interface CommitteeVoteRules {
  /** null: simple majority, adopt + adopt with amendments > reject. */
  qualifiedMajority: QualifiedMajority | null;
}

export const DEFAULT_COMMITTEE_VOTE_RULES: CommitteeVoteRules = { qualifiedMajority: null };
export const TWO_THIRDS: QualifiedMajority = { numerator: 2, denominator: 3 };

export interface CommitteeTally extends CommitteeAttendance {
  adopt: number;
  adoptWithAmendments: number;
  reject: number;
  abstain: number;
  /** adopt + adopt with amendments. */
  inFavour: number;
  /** Votes other than abstentions. */
  expressed: number;
}

export interface CommitteeOutcome<Tally> {
  tally: Tally;
  decision: CommitteeDecision;
  /** Why, in words a published outcome can show. */
  reasons: CommitteeDecisionReason[];
}

/** Above one half (a half would let a tie adopt), at most unanimity. */
export function isValidQualifiedMajority(majority: QualifiedMajority): boolean {
  const { numerator, denominator } = majority;
  return (
    Number.isSafeInteger(numerator) &&
    Number.isSafeInteger(denominator) &&
    denominator > 0 &&
    numerator * 2 > denominator &&
    numerator <= denominator
  );
}

export function tallyCommitteeVote(roster: CommitteeRoster, ballots: readonly CommitteeBallot[]): CommitteeTally {
  for (const ballot of ballots) {
    if (!COMMITTEE_CHOICES.includes(ballot.choice)) throw new RangeError(`Unknown choice ${String(ballot.choice)}`);
  }
  const count = (choice: CommitteeChoice) => ballots.filter((ballot) => ballot.choice === choice).length;
  const adopt = count('adopt');
  const adoptWithAmendments = count('adopt_with_amendments');
  const reject = count('reject');
  return {
    ...committeeAttendance(
      roster,
      ballots.map((ballot) => ballot.memberId),
    ),
    adopt,
    adoptWithAmendments,
    reject,
    abstain: count('abstain'),
    inFavour: adopt + adoptWithAmendments,
    expressed: adopt + adoptWithAmendments + reject,
  };
}

/**
 * Without quorum nothing is adopted. Then adopted when those in favour beat those against (or reach
 * the qualified share of expressed votes); "with amendments" when amendment votes outnumber plain
 * adoptions (as many of each: adopted as it stands). A tie is not an adoption.
 */
export function decideCommitteeVote(
  roster: CommitteeRoster,
  ballots: readonly CommitteeBallot[],
  rules: CommitteeVoteRules = DEFAULT_COMMITTEE_VOTE_RULES,
): CommitteeOutcome<CommitteeTally> {
  const qualified = rules.qualifiedMajority;
  if (qualified && !isValidQualifiedMajority(qualified))
    throw new RangeError('A qualified majority must be above 1/2 and at most 1');
  const tally = tallyCommitteeVote(roster, ballots);
  const notAdopted = (reason: CommitteeDecisionReason): CommitteeOutcome<CommitteeTally> => ({
    tally,
    decision: 'not_adopted',
    reasons: [reason],
  });
  if (tally.eligible === 0) return notAdopted('all-recused');
  if (!tally.quorumReached) return notAdopted('quorum-missing');
  if (tally.expressed === 0) return notAdopted('all-abstained');
  if (qualified) {
    if (tally.inFavour * qualified.denominator < qualified.numerator * tally.expressed) {
      return notAdopted('qualified-majority-missing');
    }
  } else if (tally.inFavour === tally.reject) return notAdopted('tie');
  else if (tally.inFavour < tally.reject) return notAdopted('majority-against');
  const reasons: CommitteeDecisionReason[] = [qualified ? 'qualified-majority-reached' : 'majority-in-favour'];
  if (tally.adoptWithAmendments > tally.adopt) {
    return { tally, decision: 'adopted_with_amendments', reasons: [...reasons, 'amendments-outnumber-adopt'] };
  }
  return { tally, decision: 'adopted', reasons };
}
