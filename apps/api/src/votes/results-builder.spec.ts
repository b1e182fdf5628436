// The API's unit config maps no @concordia/* path (its other specs need none): point the name at
// the domain's source here. With a moduleNameMapper in apps/api/jest.config.cjs this line can go.
import { DEFAULT_CONSULTATION_SETTINGS, DEFAULT_GRADE_SCALE, ConsultationSettings } from '@concordia/domain';
import { forAgainstResults, gradeTally, roundResults } from './results-builder';
import type { VotingProposal } from './voting-context.repository';

const proposal = (id: string, ref: number): VotingProposal => ({
  id,
  ref,
  title: id,
  state: 'published',
  round: 1,
  revisionOf: null,
  authorId: null,
  theme: null,
});
const tally = (counts: Record<number, number>) => new Map(Object.entries(counts).map(([v, n]) => [Number(v), n]));
const settings = (changes: Partial<ConsultationSettings>): ConsultationSettings => ({ ...DEFAULT_CONSULTATION_SETTINGS, ballotSecrecy: 'open', ...changes });

describe('roundResults', () => {
  it('ranks the worked example of majority-judgment.md C, A, B', () => {
    const tallies = new Map([
      ['A', tally({ 5: 3, 4: 2, 3: 1, 2: 1 })],
      ['B', tally({ 5: 2, 4: 3, 3: 2, 0: 4 })],
      ['C', tally({ 5: 4, 1: 3 })],
    ]);
    const results = roundResults(settings({ noOpinion: 'exclude' }), [proposal('A', 1), proposal('B', 2), proposal('C', 3)], tallies, 5);
    expect(results.map((r) => r.proposal.id)).toEqual(['C', 'A', 'B']);
    const b = results[2];
    expect(b.ballots).toBe(11);
    expect(b.results).toMatchObject({ method: 'majority_judgment', n: 7, noOpinion: 4, majorityGrade: 4, rank: 3, rankedAmong: 3 });
  });
  it('counts "no opinion" as the lowest grade when the consultation says so', () => {
    const results = roundResults(settings({ noOpinion: 'lowest' }), [proposal('A', 1)], new Map([['A', tally({ 4: 1, 0: 2 })]]), 5);
    expect(results[0].results).toMatchObject({ n: 3, majorityGrade: 1 });
  });
  it('orders supports by count, then creation order, and lists proposals without ballots', () => {
    const results = roundResults(
      settings({ votingMethod: 'support', revisionThreshold: null }),
      [proposal('old', 1), proposal('new', 2), proposal('none', 3), proposal('top', 4)],
      new Map([
        ['old', tally({ 1: 2 })],
        ['new', tally({ 1: 2 })],
        ['top', tally({ 1: 9 })],
      ]),
      5,
    );
    expect(results.map((r) => [r.proposal.id, r.ballots])).toEqual([
      ['top', 9],
      ['old', 2],
      ['new', 2],
      ['none', 0],
    ]);
  });
});

describe('roundResults with secret ballots', () => {
  const secret = settings({ ballotSecrecy: 'secret' });
  it('publishes only the count of a result below the minimum, unranked and last', () => {
    const results = roundResults(
      secret,
      [proposal('small', 1), proposal('large', 2)],
      new Map([
        ['small', tally({ 5: 4 })],
        ['large', tally({ 1: 3, 2: 2 })],
      ]),
      5,
    );
    expect(results.map((r) => [r.proposal.id, r.ballots, r.withheld])).toEqual([
      ['large', 5, false],
      ['small', 4, true],
    ]);
    expect(results[1].results).toMatchObject({ n: 0, majorityGrade: null, rank: null });
    expect(Object.values((results[1].results as { counts: Record<number, number> }).counts).every((n) => n === 0)).toBe(true);
    expect(results[0].results).toMatchObject({ rank: 1, rankedAmong: 1 });
  });
  it('shows a result of exactly the minimum, and never withholds open ballots', () => {
    const five = new Map([['A', tally({ 3: 5 })]]);
    expect(roundResults(secret, [proposal('A', 1)], five, 5)[0]).toMatchObject({ withheld: false, results: { majorityGrade: 3 } });
    const two = new Map([['A', tally({ 3: 2 })]]);
    expect(roundResults(settings({}), [proposal('A', 1)], two, 5)[0]).toMatchObject({ withheld: false, results: { majorityGrade: 3 } });
  });
});

describe('forAgainstResults', () => {
  it('gives counts, shares of all ballots and the approval of those who took a side', () => {
    expect(forAgainstResults(tally({ 1: 6, [-1]: 2, 0: 2 }))).toEqual({
      method: 'for_against',
      for: 6,
      against: 2,
      abstain: 2,
      shares: { for: 0.6, against: 0.2, abstain: 0.2 },
      approval: 0.75,
    });
    expect(forAgainstResults(new Map()).approval).toBeNull();
  });
});

describe('gradeTally', () => {
  it('keeps "no opinion" apart', () => {
    expect(gradeTally(tally({ 0: 3, 2: 1 }), DEFAULT_GRADE_SCALE)).toEqual({ counts: { 2: 1 }, noOpinion: 3 });
  });
  it('leaves out a stored value that is not on the scale instead of failing', () => {
    expect(gradeTally(tally({ 7: 2, 4: 1, [-1]: 1 }), DEFAULT_GRADE_SCALE)).toEqual({ counts: { 4: 1 }, noOpinion: 0 });
  });
});
