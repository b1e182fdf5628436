import { DEFAULT_GRADE_SCALE } from '../majority-judgment/grade-scale';
import { CommitteeSettings, committeeSettingsProblems, DEFAULT_COMMITTEE_SETTINGS } from './committee-settings';

const problems = (changes: Partial<CommitteeSettings>) =>
  committeeSettingsProblems({ ...DEFAULT_COMMITTEE_SETTINGS, ...changes }, DEFAULT_GRADE_SCALE);

describe('committeeSettingsProblems', () => {
  it('accepts the defaults: four choices, simple majority, anonymous publication', () => {
    expect(DEFAULT_COMMITTEE_SETTINGS).toEqual({
      voteMethod: 'choices',
      qualifiedMajority: null,
      adoptionMinGrade: null,
      publication: 'anonymous',
    });
    expect(problems({})).toEqual([]);
  });
  it('accepts a qualified majority with the choices, an adoption grade with majority judgment', () => {
    expect(problems({ qualifiedMajority: { numerator: 2, denominator: 3 }, publication: 'named' })).toEqual([]);
    expect(problems({ voteMethod: 'majority_judgment', adoptionMinGrade: 5 })).toEqual([]);
  });
  it('names every problem', () => {
    expect(problems({ voteMethod: 'consensus' as never, publication: 'secret' as never })).toEqual([
      { field: 'voteMethod', code: 'unknown-value' },
      { field: 'publication', code: 'unknown-value' },
    ]);
    expect(problems({ qualifiedMajority: { numerator: 1, denominator: 2 } })).toEqual([
      { field: 'qualifiedMajority', code: 'invalid-majority' },
    ]);
    expect(problems({ voteMethod: 'majority_judgment', qualifiedMajority: { numerator: 2, denominator: 3 } })).toEqual([
      { field: 'qualifiedMajority', code: 'needs-choices' },
    ]);
    expect(problems({ adoptionMinGrade: 4 })).toEqual([{ field: 'adoptionMinGrade', code: 'needs-majority-judgment' }]);
    expect(problems({ voteMethod: 'majority_judgment', adoptionMinGrade: 6 })).toEqual([
      { field: 'adoptionMinGrade', code: 'grade-off-scale' },
    ]);
  });
});
