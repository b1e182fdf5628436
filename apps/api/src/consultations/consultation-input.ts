import {
  ConsultationSettings,
  consultationSettingsProblems,
  DEFAULT_CONSULTATION_SETTINGS,
  isConsultationPhase,
  PhaseSchedule,
  phaseScheduleProblems,
} from '@concordia/domain';
import type { FieldProblem } from '../common/http/validation';

const SETTINGS_KEYS = Object.keys(DEFAULT_CONSULTATION_SETTINGS) as (keyof ConsultationSettings)[];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Shapes the domain rules take for granted (an object with a kind, a list of postcodes, a list of
 * grades): checked first, so that garbage sent by a client becomes a 400, never a crash.
 */
function shapeProblems(settings: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string) => problems.push({ field: `settings.${field}`, constraint: `settings-${code}`, params: {} });
  const eligibility = settings['eligibility'];
  if (!isObject(eligibility)) add('eligibility', 'unknown-value');
  else if (eligibility['kind'] === 'residents' && !Array.isArray(eligibility['postcodes'])) add('eligibility', 'no-postcodes');
  if (!isObject(settings['reviewRule'])) add('reviewRule', 'unknown-value');
  const scale = settings['gradeScale'];
  if (scale !== null && !(isObject(scale) && Array.isArray(scale['grades']) && scale['grades'].every(isObject))) add('gradeScale', 'invalid-scale');
  for (const key of ['supportCap', 'revisionThreshold'] as const) {
    if (settings[key] !== null && typeof settings[key] !== 'number') add(key, key === 'supportCap' ? 'invalid-number' : 'grade-off-scale');
  }
  return problems;
}

/** Keeps only what each kind of eligibility means, so stray keys never reach the database. */
function normalised(settings: ConsultationSettings): ConsultationSettings {
  const eligibility = settings.eligibility;
  return {
    ...settings,
    eligibility: eligibility.kind === 'residents' ? { kind: 'residents', postcodes: [...eligibility.postcodes] } : { kind: eligibility.kind },
  };
}

/** The current settings with the changes sent, and every problem of the result at once (field by field). */
export function mergeSettings(current: ConsultationSettings, changes: Record<string, unknown>): { settings: ConsultationSettings; problems: FieldProblem[] } {
  const unknown = Object.keys(changes).filter((key) => !(SETTINGS_KEYS as string[]).includes(key));
  if (unknown.length > 0) {
    return { settings: current, problems: unknown.map((key) => ({ field: `settings.${key}`, constraint: 'whitelistValidation', params: {} })) };
  }
  const merged = { ...current, ...changes } as Record<string, unknown>;
  const shape = shapeProblems(merged);
  if (shape.length > 0) return { settings: current, problems: shape };
  const settings = merged as unknown as ConsultationSettings;
  const problems = consultationSettingsProblems(settings).map((problem) => ({
    field: `settings.${problem.field}`,
    constraint: `settings-${problem.code}`,
    params: {},
  }));
  return { settings: problems.length ? settings : normalised(settings), problems };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Dates per phase: null removes one; draft has none (a consultation starts as a draft). */
export function mergeSchedule(current: PhaseSchedule, changes: Record<string, unknown>): { schedule: PhaseSchedule; problems: FieldProblem[] } {
  const schedule: PhaseSchedule = { ...current };
  const problems: FieldProblem[] = [];
  for (const [phase, value] of Object.entries(changes)) {
    const field = `phaseSchedule.${phase}`;
    if (!isConsultationPhase(phase) || phase === 'draft') {
      problems.push({ field, constraint: 'whitelistValidation', params: {} });
    } else if (value === null) {
      delete schedule[phase];
    } else if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
      problems.push({ field, constraint: 'schedule-invalid-date', params: {} });
    } else {
      schedule[phase] = new Date(value);
    }
  }
  if (problems.length === 0) {
    for (const problem of phaseScheduleProblems(schedule)) {
      problems.push({ field: `phaseSchedule.${problem.phase}`, constraint: `schedule-${problem.problem}`, params: {} });
    }
  }
  return { schedule, problems };
}
