import { defineGradeScale } from '../majority-judgment/grade-scale';
import { CommitteeGradeBallot, decideCommitteeJudgment } from './committee-majority-judgment';

const roster = (size: number, recusedIds: string[] = []) => ({
  memberIds: Array.from({ length: size }, (_, i) => `m${i + 1}`),
  recusedIds,
});
const graded = (...grades: (number | 'no_opinion')[]): CommitteeGradeBallot[] =>
  grades.map((grade, i) => ({ memberId: `m${i + 1}`, grade }));

describe('decideCommitteeJudgment', () => {
  it('adopts when the majority grade reaches 4 on the default scale', () => {
    const outcome = decideCommitteeJudgment(roster(5), graded(5, 4, 4, 2, 1));
    expect(outcome.tally.result.majorityGrade).toBe(4);
    expect(outcome.tally.adoptionMinGrade).toBe(4);
    expect(outcome).toMatchObject({ decision: 'adopted', reasons: ['majority-grade-reached'] });
  });
  it('does not adopt at the middle grade', () => {
    expect(decideCommitteeJudgment(roster(5), graded(5, 5, 3, 2, 1))).toMatchObject({
      decision: 'not_adopted',
      reasons: ['majority-grade-too-low'],
    });
  });
  it('reuses the majority-judgment result: lower median with an even count', () => {
    const outcome = decideCommitteeJudgment(roster(4), graded(5, 5, 3, 3));
    expect(outcome.tally.result.majorityGrade).toBe(3);
    expect(outcome.tally.result.gauge).toMatchObject({ sign: '+', p: 0.5 });
    expect(outcome.decision).toBe('not_adopted');
  });
  it('takes another adoption grade and scale', () => {
    const three = defineGradeScale([
      { fr: 'Contre', en: 'Against' },
      { fr: 'Réservé', en: 'Reserved' },
      { fr: 'Pour', en: 'For' },
    ]);
    expect(decideCommitteeJudgment(roster(3), graded(3, 3, 1), { scale: three }).decision).toBe('adopted');
    expect(decideCommitteeJudgment(roster(3), graded(2, 3, 1), { scale: three }).decision).toBe('not_adopted');
    expect(decideCommitteeJudgment(roster(3), graded(2, 3, 1), { scale: three, adoptionMinGrade: 2 }).decision).toBe(
      'adopted',
    );
    expect(() => decideCommitteeJudgment(roster(3), graded(2), { scale: three, adoptionMinGrade: 4 })).toThrow(
      RangeError,
    );
    expect(() => decideCommitteeJudgment(roster(3), graded(4), { scale: three })).toThrow(RangeError);
  });
  it('needs the quorum, no opinion counting as present', () => {
    expect(decideCommitteeJudgment(roster(5), graded(5, 5)).reasons).toEqual(['quorum-missing']);
    const outcome = decideCommitteeJudgment(roster(5), graded(5, 'no_opinion', 'no_opinion'));
    expect(outcome.tally.quorumReached).toBe(true);
    expect(outcome.tally.result.n).toBe(1);
    expect(outcome.decision).toBe('adopted');
  });
  it('may count no opinion as the lowest grade', () => {
    expect(
      decideCommitteeJudgment(roster(5), graded(5, 'no_opinion', 'no_opinion'), { noOpinion: 'lowest' }).decision,
    ).toBe('not_adopted');
  });
  it('adopts nothing when every member has no opinion', () => {
    expect(decideCommitteeJudgment(roster(3), graded('no_opinion', 'no_opinion'))).toMatchObject({
      decision: 'not_adopted',
      reasons: ['all-abstained'],
    });
  });
  it('adopts with amendments when most favourable members ask for them', () => {
    const ballots: CommitteeGradeBallot[] = [
      { memberId: 'm1', grade: 5, amendments: true },
      { memberId: 'm2', grade: 4, amendments: true },
      { memberId: 'm3', grade: 4 },
      { memberId: 'm4', grade: 2, amendments: true },
    ];
    const outcome = decideCommitteeJudgment(roster(4), ballots);
    expect(outcome.tally).toMatchObject({ amendmentsRequested: 2, adoptAsItStands: 1 });
    expect(outcome).toMatchObject({
      decision: 'adopted_with_amendments',
      reasons: ['majority-grade-reached', 'amendments-outnumber-adopt'],
    });
    // The unfavourable member's wish for amendments does not weigh in.
    expect(
      decideCommitteeJudgment(roster(4), [ballots[0], { ...ballots[1], amendments: false }, ballots[2], ballots[3]])
        .decision,
    ).toBe('adopted');
  });
  it('excludes recused members from the quorum and refuses their ballots', () => {
    expect(decideCommitteeJudgment(roster(4, ['m3', 'm4']), graded(5, 4)).tally).toMatchObject({
      eligible: 2,
      quorumReached: true,
    });
    expect(() => decideCommitteeJudgment(roster(4, ['m1']), graded(5))).toThrow(/recused/);
    expect(decideCommitteeJudgment(roster(2, ['m1', 'm2']), []).reasons).toEqual(['all-recused']);
  });
});
