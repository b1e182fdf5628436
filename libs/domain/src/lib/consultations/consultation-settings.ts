import { canonicalJson } from '../trust/canonical-json';
import { DEFAULT_GRADE_SCALE, GradeScale, gradeScaleProblems, isGradeOf } from '../majority-judgment/grade-scale';
import { NoOpinionPolicy } from '../majority-judgment/grade-tally';
import { DEFAULT_REVISION_THRESHOLD, isValidRevisionThreshold } from '../majority-judgment/revision-round';

export type Eligibility =
  | { kind: 'any' }
  /** Self-declared postcode in the list, e.g. the communes of a metropolis. */
  | { kind: 'residents'; postcodes: readonly string[] }
  /** Joined by single-use invitation codes (a panel drawn by lot). */
  | { kind: 'panel' };

export const VOTING_METHODS = ['support', 'for_against', 'majority_judgment'] as const;
export type VotingMethod = (typeof VOTING_METHODS)[number];

export type ReviewRule =
  { kind: 'all' } | { kind: 'min_supports'; minSupports: number } | { kind: 'min_grade'; minGrade: number };

export interface ConsultationSettings {
  eligibility: Eligibility;
  /** pre: nothing public before a moderator approves; post: public at once, moderated after. */
  moderation: 'pre' | 'post';
  votingMethod: VotingMethod;
  /** support only: most supports one citizen may give in the consultation; null for no cap. */
  supportCap: number | null;
  ballotSecrecy: 'open' | 'secret';
  reviewRule: ReviewRule;
  /** majority_judgment only; null for the default scale. */
  gradeScale: GradeScale | null;
  /** majority_judgment only. */
  noOpinion: NoOpinionPolicy;
  /** majority_judgment only: majority grades at or below go back to their authors; null for no revision round. */
  revisionThreshold: number | null;
}

export const DEFAULT_CONSULTATION_SETTINGS: ConsultationSettings = {
  eligibility: { kind: 'any' },
  moderation: 'pre',
  votingMethod: 'majority_judgment',
  supportCap: null,
  ballotSecrecy: 'secret',
  reviewRule: { kind: 'all' },
  gradeScale: null,
  // Counted as the lowest grade (majority-judgment.md): it reproduces the published majority grades of
  // real public ballots (143/143 measures, against 133/143 when excluded) and keeps a proposal graded
  // by a handful from topping the ranking. Consultations created before keep their rule (migration).
  noOpinion: 'lowest',
  revisionThreshold: DEFAULT_REVISION_THRESHOLD,
};

export type SettingsField = keyof ConsultationSettings;

/**
 * The rules a ballot is cast under. Once the first ballot exists they cannot change: a grade given
 * on one scale, or under one "no opinion" rule, would be read under another (and the results would
 * answer nonsense, or an error, for ballots already in the box).
 */
export const FROZEN_AFTER_FIRST_BALLOT = ['votingMethod', 'gradeScale', 'noOpinion', 'ballotSecrecy', 'eligibility', 'supportCap'] as const satisfies readonly SettingsField[];

/** The frozen rules that differ between two versions of the settings (compared by value). */
export function frozenRulesChanged(before: ConsultationSettings, after: ConsultationSettings): SettingsField[] {
  // Canonical JSON: a jsonb column hands keys back in its own order.
  return FROZEN_AFTER_FIRST_BALLOT.filter((field) => canonicalJson(before[field] ?? null) !== canonicalJson(after[field] ?? null));
}

export type SettingsProblemCode =
  | 'unknown-value'
  | 'no-postcodes'
  | 'invalid-postcode'
  | 'duplicate-postcode'
  | 'invalid-number'
  | 'needs-support-voting'
  | 'needs-majority-judgment'
  | 'grade-off-scale'
  | 'invalid-scale';

export interface SettingsProblem {
  field: SettingsField;
  code: SettingsProblemCode;
}

/** French postcodes: five digits, Corsica included (20000–20620). */
export const FRENCH_POSTCODE = /^\d{5}$/;

const positiveInteger = (value: unknown): boolean => Number.isSafeInteger(value) && (value as number) >= 1;

/** Every problem at once, so an admin form can mark all the fields to fix. */
export function consultationSettingsProblems(settings: ConsultationSettings): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const add = (field: SettingsField, code: SettingsProblemCode) => problems.push({ field, code });
  const mj = settings.votingMethod === 'majority_judgment';
  const scale = settings.gradeScale ?? DEFAULT_GRADE_SCALE;

  const eligibility = settings.eligibility;
  if (!['any', 'residents', 'panel'].includes(eligibility?.kind)) add('eligibility', 'unknown-value');
  if (eligibility?.kind === 'residents') {
    const postcodes = eligibility.postcodes ?? [];
    if (postcodes.length === 0) add('eligibility', 'no-postcodes');
    if (postcodes.some((code) => typeof code !== 'string' || !FRENCH_POSTCODE.test(code)))
      add('eligibility', 'invalid-postcode');
    if (new Set(postcodes).size !== postcodes.length) add('eligibility', 'duplicate-postcode');
  }
  if (!['pre', 'post'].includes(settings.moderation)) add('moderation', 'unknown-value');
  if (!(VOTING_METHODS as readonly string[]).includes(settings.votingMethod)) add('votingMethod', 'unknown-value');
  if (!['open', 'secret'].includes(settings.ballotSecrecy)) add('ballotSecrecy', 'unknown-value');

  if (settings.supportCap !== null) {
    if (settings.votingMethod !== 'support') add('supportCap', 'needs-support-voting');
    else if (!positiveInteger(settings.supportCap)) add('supportCap', 'invalid-number');
  }

  const rule = settings.reviewRule;
  if (rule?.kind === 'min_supports') {
    if (settings.votingMethod !== 'support') add('reviewRule', 'needs-support-voting');
    else if (!positiveInteger(rule.minSupports)) add('reviewRule', 'invalid-number');
  } else if (rule?.kind === 'min_grade') {
    if (!mj) add('reviewRule', 'needs-majority-judgment');
    else if (!isGradeOf(scale, rule.minGrade)) add('reviewRule', 'grade-off-scale');
  } else if (rule?.kind !== 'all') add('reviewRule', 'unknown-value');

  if (settings.gradeScale !== null) {
    if (!mj) add('gradeScale', 'needs-majority-judgment');
    else if (gradeScaleProblems(settings.gradeScale).length > 0) add('gradeScale', 'invalid-scale');
  }
  if (!['exclude', 'lowest'].includes(settings.noOpinion)) add('noOpinion', 'unknown-value');
  if (settings.revisionThreshold !== null) {
    if (!mj) add('revisionThreshold', 'needs-majority-judgment');
    else if (!isValidRevisionThreshold(settings.revisionThreshold, scale)) add('revisionThreshold', 'grade-off-scale');
  }
  return problems;
}
