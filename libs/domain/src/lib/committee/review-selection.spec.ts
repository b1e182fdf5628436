import { ReviewCandidate, selectForReview } from './review-selection';

const candidates: ReviewCandidate[] = [
  { id: 'a', supports: 120, majorityGrade: 5 },
  { id: 'b', supports: 100, majorityGrade: 4 },
  { id: 'c', supports: 99, majorityGrade: 3 },
  { id: 'd', supports: 0, majorityGrade: null },
];

describe('selectForReview', () => {
  it('takes every published proposal by default', () => {
    expect(selectForReview(candidates, { kind: 'all' })).toEqual(['a', 'b', 'c', 'd']);
  });
  it('takes proposals at or above a support count', () => {
    expect(selectForReview(candidates, { kind: 'min_supports', minSupports: 100 })).toEqual(['a', 'b']);
  });
  it('takes proposals at or above a majority grade, never an ungraded one', () => {
    expect(selectForReview(candidates, { kind: 'min_grade', minGrade: 4 })).toEqual(['a', 'b']);
    expect(selectForReview(candidates, { kind: 'min_grade', minGrade: 1 })).toEqual(['a', 'b', 'c']);
  });
  it('refuses a rule it does not know', () => {
    expect(() => selectForReview(candidates, { kind: 'lottery' } as never)).toThrow(RangeError);
  });
});
