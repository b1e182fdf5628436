import { CommitteeRoster } from './committee-roster';
import {
  CommitteeBallot,
  CommitteeChoice,
  decideCommitteeVote,
  isValidQualifiedMajority,
  tallyCommitteeVote,
  TWO_THIRDS,
} from './committee-vote';

const roster = (size: number, recused: number[] = []): CommitteeRoster => ({
  memberIds: Array.from({ length: size }, (_, i) => `m${i + 1}`),
  recusedIds: recused.map((i) => `m${i}`),
});
/** Ballots from the members in roster order, skipping the recused. */
const ballots = (committee: CommitteeRoster, choices: CommitteeChoice[]): CommitteeBallot[] =>
  committee.memberIds
    .filter((id) => !committee.recusedIds.includes(id))
    .slice(0, choices.length)
    .map((memberId, i) => ({ memberId, choice: choices[i] }));
const decide = (committee: CommitteeRoster, choices: CommitteeChoice[], qualified = false) =>
  decideCommitteeVote(committee, ballots(committee, choices), { qualifiedMajority: qualified ? TWO_THIRDS : null });

describe('tallyCommitteeVote', () => {
  it('counts each choice, the votes in favour and the expressed votes', () => {
    const committee = roster(9, [9]);
    const tally = tallyCommitteeVote(
      committee,
      ballots(committee, ['adopt', 'adopt_with_amendments', 'adopt_with_amendments', 'reject', 'abstain']),
    );
    expect(tally).toEqual({
      members: 9,
      recused: 1,
      eligible: 8,
      voted: 5,
      quorumRequired: 5,
      quorumReached: true,
      adopt: 1,
      adoptWithAmendments: 2,
      reject: 1,
      abstain: 1,
      inFavour: 3,
      expressed: 4,
    });
  });
  it('refuses ballots that cannot exist', () => {
    const committee = roster(3, [3]);
    expect(() => tallyCommitteeVote(committee, [{ memberId: 'x', choice: 'adopt' }])).toThrow(/not a member/);
    expect(() => tallyCommitteeVote(committee, [{ memberId: 'm3', choice: 'adopt' }])).toThrow(/recused/);
    expect(() =>
      tallyCommitteeVote(committee, [
        { memberId: 'm1', choice: 'adopt' },
        { memberId: 'm1', choice: 'reject' },
      ]),
    ).toThrow(/twice/);
    expect(() => tallyCommitteeVote(committee, [{ memberId: 'm1', choice: 'yes' as CommitteeChoice }])).toThrow(
      /Unknown choice/,
    );
    expect(() => tallyCommitteeVote({ memberIds: ['a', 'a'], recusedIds: [] }, [])).toThrow(/twice/);
    expect(() => tallyCommitteeVote({ memberIds: ['a'], recusedIds: ['b'] }, [])).toThrow(/not a member/);
  });
});

describe('quorum: more than half of the non-recused members have voted', () => {
  it('is missed at exactly half', () => {
    const outcome = decide(roster(10), ['adopt', 'adopt', 'adopt', 'adopt', 'adopt']);
    expect(outcome.tally.quorumRequired).toBe(6);
    expect(outcome).toMatchObject({ decision: 'not_adopted', reasons: ['quorum-missing'] });
  });
  it('is reached just above half', () => {
    expect(decide(roster(10), ['adopt', 'adopt', 'adopt', 'adopt', 'adopt', 'reject']).decision).toBe('adopted');
    expect(decide(roster(9), ['adopt', 'adopt', 'adopt', 'reject', 'reject']).decision).toBe('adopted');
    expect(decide(roster(9), ['adopt', 'adopt', 'adopt', 'reject']).reasons).toEqual(['quorum-missing']);
  });
  it('counts abstentions as present', () => {
    const outcome = decide(roster(5), ['adopt', 'abstain', 'abstain']);
    expect(outcome.tally.quorumReached).toBe(true);
    expect(outcome.decision).toBe('adopted');
  });
  it('is computed without the recused members', () => {
    // 7 members, 3 recused: 4 eligible, 3 needed.
    const committee = roster(7, [1, 2, 3]);
    expect(decide(committee, ['adopt', 'adopt', 'reject']).tally).toMatchObject({
      eligible: 4,
      quorumRequired: 3,
      quorumReached: true,
    });
    expect(decide(committee, ['adopt', 'adopt']).reasons).toEqual(['quorum-missing']);
  });
  it('cannot be reached when everyone is recused', () => {
    expect(decide(roster(3, [1, 2, 3]), [])).toMatchObject({ decision: 'not_adopted', reasons: ['all-recused'] });
  });
  it('a single-member committee decides alone', () => {
    expect(decide(roster(1), ['adopt']).decision).toBe('adopted');
    expect(decide(roster(1), []).reasons).toEqual(['quorum-missing']);
  });
});

describe('simple majority', () => {
  it('adopts when those in favour outnumber those against', () => {
    expect(decide(roster(5), ['adopt', 'adopt', 'adopt', 'reject', 'reject'])).toMatchObject({
      decision: 'adopted',
      reasons: ['majority-in-favour'],
    });
  });
  it('adds plain and amended adoptions together', () => {
    expect(decide(roster(5), ['adopt', 'adopt_with_amendments', 'reject']).decision).toBe('adopted');
  });
  it('does not adopt on a tie', () => {
    expect(decide(roster(4), ['adopt', 'adopt_with_amendments', 'reject', 'reject'])).toMatchObject({
      decision: 'not_adopted',
      reasons: ['tie'],
    });
  });
  it('rejects when those against are more', () => {
    expect(decide(roster(5), ['adopt', 'reject', 'reject'])).toMatchObject({
      decision: 'not_adopted',
      reasons: ['majority-against'],
    });
  });
  it('ignores abstentions in the count', () => {
    expect(decide(roster(5), ['adopt', 'abstain', 'abstain', 'abstain']).decision).toBe('adopted');
    expect(decide(roster(5), ['reject', 'abstain', 'abstain', 'abstain']).decision).toBe('not_adopted');
  });
  it('adopts nothing when everyone abstains', () => {
    expect(decide(roster(3), ['abstain', 'abstain', 'abstain'])).toMatchObject({
      decision: 'not_adopted',
      reasons: ['all-abstained'],
    });
  });
});

describe('with amendments', () => {
  it('when amendment votes outnumber plain adoptions', () => {
    expect(decide(roster(5), ['adopt', 'adopt_with_amendments', 'adopt_with_amendments', 'reject'])).toMatchObject({
      decision: 'adopted_with_amendments',
      reasons: ['majority-in-favour', 'amendments-outnumber-adopt'],
    });
  });
  it('as it stands when plain adoptions are as many or more', () => {
    expect(decide(roster(4), ['adopt', 'adopt_with_amendments', 'reject']).decision).toBe('adopted');
    expect(decide(roster(4), ['adopt', 'adopt', 'adopt_with_amendments']).decision).toBe('adopted');
  });
  it('never turns a rejection into an amended adoption', () => {
    expect(
      decide(roster(5), ['adopt_with_amendments', 'adopt_with_amendments', 'reject', 'reject', 'reject']).decision,
    ).toBe('not_adopted');
  });
});

describe('qualified majority', () => {
  it('adopts at exactly two thirds of the expressed votes', () => {
    expect(decide(roster(5), ['adopt', 'adopt', 'reject'], true)).toMatchObject({
      decision: 'adopted',
      reasons: ['qualified-majority-reached'],
    });
  });
  it('does not adopt just below two thirds', () => {
    expect(decide(roster(7), ['adopt', 'adopt', 'adopt', 'reject', 'reject'], true)).toMatchObject({
      decision: 'not_adopted',
      reasons: ['qualified-majority-missing'],
    });
  });
  it('counts shares of expressed votes, abstentions aside', () => {
    expect(decide(roster(7), ['adopt', 'adopt', 'reject', 'abstain', 'abstain', 'abstain'], true).decision).toBe(
      'adopted',
    );
  });
  it('keeps the amendment rule', () => {
    expect(
      decide(roster(5), ['adopt_with_amendments', 'adopt_with_amendments', 'adopt', 'reject'], true).decision,
    ).toBe('adopted_with_amendments');
  });
  it('accepts other shares, unanimity included', () => {
    const committee = roster(4);
    const three = ballots(committee, ['adopt', 'adopt', 'adopt', 'reject']);
    expect(
      decideCommitteeVote(committee, three, { qualifiedMajority: { numerator: 3, denominator: 4 } }).decision,
    ).toBe('adopted');
    expect(
      decideCommitteeVote(committee, three, { qualifiedMajority: { numerator: 1, denominator: 1 } }).decision,
    ).toBe('not_adopted');
  });
  it('refuses shares that would let a tie or less adopt', () => {
    expect(isValidQualifiedMajority(TWO_THIRDS)).toBe(true);
    expect(isValidQualifiedMajority({ numerator: 1, denominator: 2 })).toBe(false);
    expect(isValidQualifiedMajority({ numerator: 4, denominator: 3 })).toBe(false);
    expect(isValidQualifiedMajority({ numerator: 2, denominator: 0 })).toBe(false);
    expect(isValidQualifiedMajority({ numerator: 0.7, denominator: 1 })).toBe(false);
    expect(() => decideCommitteeVote(roster(3), [], { qualifiedMajority: { numerator: 1, denominator: 2 } })).toThrow(
      RangeError,
    );
  });
  it('still needs the quorum', () => {
    expect(decide(roster(10), ['adopt', 'adopt', 'adopt'], true).reasons).toEqual(['quorum-missing']);
  });
});
