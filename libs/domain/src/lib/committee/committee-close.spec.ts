import { DEFAULT_GRADE_SCALE } from '../majority-judgment/grade-scale';
import { closeCommitteeVote, MemberBallot } from './committee-close';
import { DEFAULT_COMMITTEE_SETTINGS } from './committee-settings';
import { CommitteeChoice, TWO_THIRDS } from './committee-vote';

const members = ['m1', 'm2', 'm3', 'm4', 'm5'];
const judgment = { scale: DEFAULT_GRADE_SCALE, noOpinion: 'exclude' as const };
const vote = (memberId: string, choice: CommitteeChoice): MemberBallot => ({
  memberId,
  kind: 'vote',
  choice,
  grade: null,
  amendments: false,
});
const grade = (memberId: string, value: number | 'no_opinion', amendments = false): MemberBallot => ({
  memberId,
  kind: 'vote',
  choice: null,
  grade: value,
  amendments,
});
const recusal = (memberId: string): MemberBallot => ({ memberId, kind: 'recusal', choice: null, grade: null, amendments: false });

describe('closeCommitteeVote', () => {
  it('summarises a vote by choices in whole numbers, recusals apart', () => {
    const result = closeCommitteeVote(
      members,
      [vote('m1', 'adopt'), vote('m2', 'adopt_with_amendments'), vote('m3', 'adopt_with_amendments'), vote('m4', 'reject'), recusal('m5')],
      DEFAULT_COMMITTEE_SETTINGS,
      judgment,
    );
    expect(result).toEqual({
      ok: true,
      summary: {
        method: 'choices',
        members: 5,
        recused: 1,
        eligible: 4,
        voted: 4,
        quorumRequired: 3,
        adopt: 1,
        adoptWithAmendments: 2,
        reject: 1,
        abstain: 0,
        qualifiedMajority: null,
        decision: 'adopted_with_amendments',
        reasons: ['majority-in-favour', 'amendments-outnumber-adopt'],
      },
    });
  });
  it('refuses to close without quorum, or when everyone is recused', () => {
    expect(closeCommitteeVote(members, [vote('m1', 'adopt'), vote('m2', 'adopt')], DEFAULT_COMMITTEE_SETTINGS, judgment)).toEqual({
      ok: false,
      problem: 'quorum-missing',
      attendance: { members: 5, recused: 0, eligible: 5, voted: 2, quorumRequired: 3 },
    });
    expect(closeCommitteeVote(['m1'], [recusal('m1')], DEFAULT_COMMITTEE_SETTINGS, judgment)).toMatchObject({
      ok: false,
      problem: 'all-recused',
    });
  });
  it('applies a qualified majority', () => {
    const ballots = [vote('m1', 'adopt'), vote('m2', 'adopt'), vote('m3', 'reject'), vote('m4', 'reject'), vote('m5', 'adopt')];
    const settings = { ...DEFAULT_COMMITTEE_SETTINGS, qualifiedMajority: TWO_THIRDS };
    expect(closeCommitteeVote(members, ballots, settings, judgment)).toMatchObject({
      ok: true,
      summary: { decision: 'not_adopted', reasons: ['qualified-majority-missing'], qualifiedMajority: TWO_THIRDS },
    });
  });
  it('closes a committee majority judgment', () => {
    const settings = { ...DEFAULT_COMMITTEE_SETTINGS, voteMethod: 'majority_judgment' as const };
    const result = closeCommitteeVote(
      members,
      [grade('m1', 5, true), grade('m2', 4, true), grade('m3', 4), grade('m4', 'no_opinion')],
      settings,
      judgment,
    );
    expect(result).toEqual({
      ok: true,
      summary: {
        method: 'majority_judgment',
        members: 5,
        recused: 0,
        eligible: 5,
        voted: 4,
        quorumRequired: 3,
        counts: { '1': 0, '2': 0, '3': 0, '4': 2, '5': 1 },
        noOpinion: 1,
        majorityGrade: 4,
        adoptionMinGrade: 4,
        amendmentsRequested: 2,
        adoptAsItStands: 1,
        decision: 'adopted_with_amendments',
        reasons: ['majority-grade-reached', 'amendments-outnumber-adopt'],
      },
    });
    expect(
      closeCommitteeVote(members, [grade('m1', 5), grade('m2', 4), grade('m3', 4)], { ...settings, adoptionMinGrade: 5 }, judgment),
    ).toMatchObject({
      summary: { decision: 'not_adopted', adoptionMinGrade: 5 },
    });
  });
  it('treats a ballot of the wrong kind as a bug', () => {
    const settings = { ...DEFAULT_COMMITTEE_SETTINGS, voteMethod: 'majority_judgment' as const };
    expect(() => closeCommitteeVote(members, [vote('m1', 'adopt')], settings, judgment)).toThrow(/without a grade/);
    expect(() => closeCommitteeVote(members, [grade('m1', 4)], DEFAULT_COMMITTEE_SETTINGS, judgment)).toThrow(/without a choice/);
    expect(() => closeCommitteeVote(members, [vote('x', 'adopt')], DEFAULT_COMMITTEE_SETTINGS, judgment)).toThrow(/not a member/);
  });
});
