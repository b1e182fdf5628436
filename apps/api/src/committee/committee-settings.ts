import type { CommitteeSettingsData } from '@concordia/contracts';
import {
  CommitteeSettings,
  committeeSettingsProblems,
  DEFAULT_COMMITTEE_SETTINGS,
  DEFAULT_GRADE_SCALE,
  GradeScale,
} from '@concordia/domain';
import type { FieldProblem } from '../common/http/validation';

/** Rules as stored may be partial (no row yet, older rows): missing keys take the defaults. */
export function committeeSettingsOf(rules: Record<string, unknown> | null | undefined): CommitteeSettings {
  return { ...DEFAULT_COMMITTEE_SETTINGS, ...((rules ?? {}) as Partial<CommitteeSettings>) };
}

export function committeeSettingsData(settings: CommitteeSettings): CommitteeSettingsData {
  return {
    voteMethod: settings.voteMethod,
    qualifiedMajority: settings.qualifiedMajority && {
      numerator: settings.qualifiedMajority.numerator,
      denominator: settings.qualifiedMajority.denominator,
    },
    adoptionMinGrade: settings.adoptionMinGrade,
    publication: settings.publication,
  };
}

const KNOWN_KEYS = new Set<string>(Object.keys(DEFAULT_COMMITTEE_SETTINGS));

/** Merges an admin's partial change into the current rules; problems are reported per field as validation errors. */
export function mergeCommitteeSettings(
  current: CommitteeSettings,
  input: Record<string, unknown>,
  scale: GradeScale | null,
): { settings: CommitteeSettings; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(input)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ field: `settings.${key}`, constraint: 'whitelistValidation', params: {} });
  }
  const settings = { ...current } as CommitteeSettings;
  for (const key of KNOWN_KEYS) if (key in input) (settings as unknown as Record<string, unknown>)[key] = input[key];
  for (const problem of committeeSettingsProblems(settings, scale ?? DEFAULT_GRADE_SCALE)) {
    problems.push({ field: `settings.${problem.field}`, constraint: problem.code === 'unknown-value' ? 'isIn' : 'default', params: {} });
  }
  return { settings, problems };
}
