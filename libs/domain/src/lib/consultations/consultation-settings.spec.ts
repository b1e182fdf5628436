import { defineGradeScale } from '../majority-judgment/grade-scale';
import {
  ConsultationSettings,
  consultationSettingsProblems,
  DEFAULT_CONSULTATION_SETTINGS,
  frozenRulesChanged,
} from './consultation-settings';

const settings = (changes: Partial<ConsultationSettings>): ConsultationSettings => ({
  ...DEFAULT_CONSULTATION_SETTINGS,
  ...changes,
});
const support = (changes: Partial<ConsultationSettings> = {}) =>
  settings({ votingMethod: 'support', revisionThreshold: null, ...changes });
const problems = (changes: Partial<ConsultationSettings>) => consultationSettingsProblems(settings(changes));

describe('DEFAULT_CONSULTATION_SETTINGS', () => {
  it('is valid, pre-moderated, secret, and grades with a revision round at 3, "no opinion" as the lowest grade', () => {
    expect(consultationSettingsProblems(DEFAULT_CONSULTATION_SETTINGS)).toEqual([]);
    expect(DEFAULT_CONSULTATION_SETTINGS).toMatchObject({
      moderation: 'pre',
      ballotSecrecy: 'secret',
      votingMethod: 'majority_judgment',
      revisionThreshold: 3,
      noOpinion: 'lowest',
    });
  });
});

describe('eligibility', () => {
  it('accepts any, panel, and residents with a list of postcodes', () => {
    expect(problems({ eligibility: { kind: 'any' } })).toEqual([]);
    expect(problems({ eligibility: { kind: 'panel' } })).toEqual([]);
    expect(problems({ eligibility: { kind: 'residents', postcodes: ['34000', '34070', '34170', '20000'] } })).toEqual(
      [],
    );
  });
  it('wants at least one postcode for residents', () => {
    expect(problems({ eligibility: { kind: 'residents', postcodes: [] } })).toEqual([
      { field: 'eligibility', code: 'no-postcodes' },
    ]);
  });
  it('refuses malformed and repeated postcodes', () => {
    expect(
      problems({ eligibility: { kind: 'residents', postcodes: ['3400', '34000', '34000', '2A000', ' 34070'] } }),
    ).toEqual([
      { field: 'eligibility', code: 'invalid-postcode' },
      { field: 'eligibility', code: 'duplicate-postcode' },
    ]);
  });
  it('refuses unknown kinds', () => {
    expect(problems({ eligibility: { kind: 'everyone' } as never })).toEqual([
      { field: 'eligibility', code: 'unknown-value' },
    ]);
  });
});

describe('enumerated settings', () => {
  it('refuses values outside their lists', () => {
    expect(problems({ moderation: 'none' as never })).toEqual([{ field: 'moderation', code: 'unknown-value' }]);
    expect(problems({ ballotSecrecy: 'public' as never })).toEqual([{ field: 'ballotSecrecy', code: 'unknown-value' }]);
    expect(problems({ noOpinion: 'ignore' as never })).toEqual([{ field: 'noOpinion', code: 'unknown-value' }]);
    expect(consultationSettingsProblems(support({ votingMethod: 'ranked' as never }))).toEqual([
      { field: 'votingMethod', code: 'unknown-value' },
    ]);
    expect(problems({ reviewRule: { kind: 'some' } as never })).toEqual([
      { field: 'reviewRule', code: 'unknown-value' },
    ]);
  });
  it('accepts post-moderation and open ballots', () => {
    expect(problems({ moderation: 'post', ballotSecrecy: 'open' })).toEqual([]);
  });
});

describe('support voting', () => {
  it('accepts no cap or a positive whole cap', () => {
    expect(consultationSettingsProblems(support())).toEqual([]);
    expect(consultationSettingsProblems(support({ supportCap: 10 }))).toEqual([]);
  });
  it.each([0, -1, 2.5, NaN])('refuses a cap of %p', (supportCap) => {
    expect(consultationSettingsProblems(support({ supportCap }))).toEqual([
      { field: 'supportCap', code: 'invalid-number' },
    ]);
  });
  it('refuses a cap with another method', () => {
    expect(problems({ supportCap: 5 })).toEqual([{ field: 'supportCap', code: 'needs-support-voting' }]);
  });
  it('accepts a review threshold in supports', () => {
    expect(consultationSettingsProblems(support({ reviewRule: { kind: 'min_supports', minSupports: 100 } }))).toEqual(
      [],
    );
    expect(consultationSettingsProblems(support({ reviewRule: { kind: 'min_supports', minSupports: 0 } }))).toEqual([
      { field: 'reviewRule', code: 'invalid-number' },
    ]);
  });
  it('refuses majority-judgment settings', () => {
    expect(
      consultationSettingsProblems(
        support({
          revisionThreshold: 3,
          reviewRule: { kind: 'min_grade', minGrade: 4 },
          gradeScale: defineGradeScale([
            { fr: 'a', en: 'a' },
            { fr: 'b', en: 'b' },
            { fr: 'c', en: 'c' },
          ]),
        }),
      ),
    ).toEqual([
      { field: 'reviewRule', code: 'needs-majority-judgment' },
      { field: 'gradeScale', code: 'needs-majority-judgment' },
      { field: 'revisionThreshold', code: 'needs-majority-judgment' },
    ]);
  });
});

describe('for/against voting', () => {
  const forAgainst = (changes: Partial<ConsultationSettings> = {}) =>
    consultationSettingsProblems(settings({ votingMethod: 'for_against', revisionThreshold: null, ...changes }));
  it('is valid with open or secret ballots', () => {
    expect(forAgainst({ ballotSecrecy: 'open' })).toEqual([]);
    expect(forAgainst({ ballotSecrecy: 'secret' })).toEqual([]);
  });
  it('has no support threshold', () => {
    expect(forAgainst({ reviewRule: { kind: 'min_supports', minSupports: 10 } })).toEqual([
      { field: 'reviewRule', code: 'needs-support-voting' },
    ]);
  });
});

describe('majority judgment', () => {
  const seven = defineGradeScale(Array.from({ length: 7 }, (_, i) => ({ fr: `N${i + 1}`, en: `G${i + 1}` })));
  it('accepts a review rule on the majority grade', () => {
    expect(problems({ reviewRule: { kind: 'min_grade', minGrade: 4 } })).toEqual([]);
    expect(problems({ reviewRule: { kind: 'min_grade', minGrade: 6 } })).toEqual([
      { field: 'reviewRule', code: 'grade-off-scale' },
    ]);
  });
  it('reads grades on the custom scale', () => {
    expect(
      problems({ gradeScale: seven, reviewRule: { kind: 'min_grade', minGrade: 6 }, revisionThreshold: 5 }),
    ).toEqual([]);
  });
  it('accepts no revision round', () => {
    expect(problems({ revisionThreshold: null })).toEqual([]);
  });
  it('refuses thresholds that would send back everything or nothing', () => {
    expect(problems({ revisionThreshold: 5 })).toEqual([{ field: 'revisionThreshold', code: 'grade-off-scale' }]);
    expect(problems({ revisionThreshold: 0 })).toEqual([{ field: 'revisionThreshold', code: 'grade-off-scale' }]);
  });
  it('refuses a broken scale', () => {
    expect(problems({ gradeScale: { grades: seven.grades.slice(0, 2) }, revisionThreshold: 1 })).toEqual([
      { field: 'gradeScale', code: 'invalid-scale' },
    ]);
  });
  it('accepts counting no opinion as the lowest grade', () => {
    expect(problems({ noOpinion: 'lowest' })).toEqual([]);
  });
});

describe('rules frozen after the first ballot', () => {
  const base = DEFAULT_CONSULTATION_SETTINGS;
  it('names every rule a ballot depends on that changed', () => {
    const scale = { grades: ['Non', 'Oui', 'Tout à fait'].map((fr, i) => ({ value: i + 1, fr, en: fr })) };
    expect(frozenRulesChanged(base, { ...base, noOpinion: 'exclude', gradeScale: scale as never, ballotSecrecy: 'open' })).toEqual([
      'gradeScale',
      'noOpinion',
      'ballotSecrecy',
    ]);
    expect(frozenRulesChanged(base, { ...base, votingMethod: 'support', eligibility: { kind: 'panel' } })).toEqual(['votingMethod', 'eligibility']);
  });
  it('lets the rest change, and reads equal values in any key order as equal', () => {
    expect(frozenRulesChanged(base, { ...base, moderation: 'post', revisionThreshold: 2 })).toEqual([]);
    const residents = { kind: 'residents' as const, postcodes: ['34000'] };
    const reordered = JSON.parse('{"postcodes":["34000"],"kind":"residents"}');
    expect(frozenRulesChanged({ ...base, eligibility: residents }, { ...base, eligibility: reordered })).toEqual([]);
  });
});
