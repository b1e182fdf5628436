// The API's unit config maps no @concordia/* path (its other specs need none): point the name at
// the domain's source here. With a moduleNameMapper in apps/api/jest.config.cjs this line can go.
import { defineGradeScale, DEFAULT_GRADE_SCALE } from '@concordia/domain';
import { ballotView, readBallot } from './ballot-value';

const five = DEFAULT_GRADE_SCALE;
const three = defineGradeScale([
  { fr: 'Non', en: 'No' },
  { fr: 'Bof', en: 'Meh' },
  { fr: 'Oui', en: 'Yes' },
]);

describe('readBallot', () => {
  it('reads a support', () => {
    expect(readBallot('support', five, { support: true })).toEqual({ ok: true, value: 1 });
    expect(readBallot('support', five, { support: false })).toMatchObject({ ok: false, key: 'votes.wrong-ballot' });
  });
  it('reads for, against and abstain', () => {
    expect(readBallot('for_against', five, { choice: 'for' })).toEqual({ ok: true, value: 1 });
    expect(readBallot('for_against', five, { choice: 'against' })).toEqual({ ok: true, value: -1 });
    expect(readBallot('for_against', five, { choice: 'abstain' })).toEqual({ ok: true, value: 0 });
    expect(readBallot('for_against', five, { choice: 'toString' })).toMatchObject({ ok: false });
  });
  it('reads grades on the consultation scale, and no opinion as 0', () => {
    expect(readBallot('majority_judgment', five, { grade: 5 })).toEqual({ ok: true, value: 5 });
    expect(readBallot('majority_judgment', five, { grade: 'no_opinion' })).toEqual({ ok: true, value: 0 });
    expect(readBallot('majority_judgment', three, { grade: 3 })).toEqual({ ok: true, value: 3 });
  });
  it('names the scale when a grade is off it', () => {
    expect(readBallot('majority_judgment', three, { grade: 4 })).toEqual({
      ok: false,
      key: 'votes.grade-off-scale',
      params: { grade: 4, max: 3 },
    });
    expect(readBallot('majority_judgment', five, { grade: 0 })).toMatchObject({ key: 'votes.grade-off-scale' });
    expect(readBallot('majority_judgment', five, { grade: 2.5 })).toMatchObject({ key: 'votes.wrong-ballot' });
  });
  it('refuses the ballot of another method, or two at once, and says what is expected', () => {
    expect(readBallot('majority_judgment', five, { support: true })).toEqual({
      ok: false,
      key: 'votes.wrong-ballot',
      params: { expected: '{"grade": 1…5 | "no_opinion"}' },
    });
    expect(readBallot('support', five, { support: true, grade: 3 })).toMatchObject({ ok: false });
    expect(readBallot('for_against', five, {})).toMatchObject({ ok: false });
  });
});

describe('ballotView', () => {
  it('gives back what the voter sent', () => {
    expect(ballotView('support', 1)).toEqual({ support: true });
    expect(ballotView('for_against', -1)).toEqual({ choice: 'against' });
    expect(ballotView('for_against', 0)).toEqual({ choice: 'abstain' });
    expect(ballotView('majority_judgment', 0)).toEqual({ grade: 'no_opinion' });
    expect(ballotView('majority_judgment', 4)).toEqual({ grade: 4 });
  });
});
