import { GradeScale, isGradeOf } from '../majority-judgment/grade-scale';
import { isValidQualifiedMajority, QualifiedMajority } from './committee-vote';

/** How the committee votes: the four choices (adopt, adopt with amendments, reject, abstain) or majority judgment. */
export const COMMITTEE_VOTE_METHODS = ['choices', 'majority_judgment'] as const;
export type CommitteeVoteMethod = (typeof COMMITTEE_VOTE_METHODS)[number];

/**
 * named: each member's ballot and reason are published with their name once the outcomes are;
 * anonymous: only the tally and the reasons, without names (the default: committee members are
 * often citizens drawn by lot, and the tally is what accountability needs).
 */
export const COMMITTEE_PUBLICATIONS = ['named', 'anonymous'] as const;
export type CommitteePublication = (typeof COMMITTEE_PUBLICATIONS)[number];

/** Per consultation, beside the roster. DESIGN.md's defaults: simple majority, four choices. */
export interface CommitteeSettings {
  voteMethod: CommitteeVoteMethod;
  /** Choices only; null for the simple majority (in favour > against). */
  qualifiedMajority: QualifiedMajority | null;
  /** Majority judgment only: lowest majority grade that adopts; null for the grade just above the middle. */
  adoptionMinGrade: number | null;
  publication: CommitteePublication;
}

export const DEFAULT_COMMITTEE_SETTINGS: CommitteeSettings = {
  voteMethod: 'choices',
  qualifiedMajority: null,
  adoptionMinGrade: null,
  publication: 'anonymous',
};

export type CommitteeSettingsField = keyof CommitteeSettings;
export type CommitteeSettingsProblemCode =
  'unknown-value' | 'invalid-majority' | 'needs-choices' | 'needs-majority-judgment' | 'grade-off-scale';

export interface CommitteeSettingsProblem {
  field: CommitteeSettingsField;
  code: CommitteeSettingsProblemCode;
}

/** Every problem at once, so a form can mark all the fields to fix. */
export function committeeSettingsProblems(settings: CommitteeSettings, scale: GradeScale): CommitteeSettingsProblem[] {
  const problems: CommitteeSettingsProblem[] = [];
  const add = (field: CommitteeSettingsField, code: CommitteeSettingsProblemCode) => problems.push({ field, code });
  const method = settings.voteMethod;
  if (!(COMMITTEE_VOTE_METHODS as readonly string[]).includes(method)) add('voteMethod', 'unknown-value');
  if (!(COMMITTEE_PUBLICATIONS as readonly string[]).includes(settings.publication)) add('publication', 'unknown-value');
  const majority = settings.qualifiedMajority;
  if (majority !== null) {
    if (method !== 'choices') add('qualifiedMajority', 'needs-choices');
    else if (typeof majority !== 'object' || !isValidQualifiedMajority(majority)) add('qualifiedMajority', 'invalid-majority');
  }
  if (settings.adoptionMinGrade !== null) {
    if (method !== 'majority_judgment') add('adoptionMinGrade', 'needs-majority-judgment');
    else if (!isGradeOf(scale, settings.adoptionMinGrade)) add('adoptionMinGrade', 'grade-off-scale');
  }
  return problems;
}
