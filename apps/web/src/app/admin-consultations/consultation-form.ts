import { FormControl, FormGroup, Validators } from '@angular/forms';
import { HttpErrorResponse } from '@angular/common/http';
import { PHASES, type ApiError, type ConsultationDetail, type ConsultationInput, type ConsultationSettingsData, type Phase } from '@concordia/contracts';
import { DEFAULT_CONSULTATION_SETTINGS, SLUG_PATTERN } from '@concordia/domain';
import { notBlank } from '../core/password-policy';

/** Phases that carry a start date (a consultation starts as a draft). */
export const DATED_PHASES = PHASES.filter((phase) => phase !== 'draft') as Exclude<Phase, 'draft'>[];

const text = (value = '', validators = [] as ReturnType<typeof Validators.maxLength>[]) => new FormControl(value, { nonNullable: true, validators });

export function consultationForm() {
  const schedule = Object.fromEntries(DATED_PHASES.map((phase) => [phase, text()])) as Record<Exclude<Phase, 'draft'>, FormControl<string>>;
  return new FormGroup({
    title: text('', [notBlank, Validators.maxLength(200)]),
    slug: text('', [Validators.maxLength(80), Validators.pattern(SLUG_PATTERN)]),
    summary: text('', [Validators.maxLength(1000)]),
    description: text('', [Validators.maxLength(20000)]),
    themes: new FormControl<string[]>([], { nonNullable: true }),
    phaseSchedule: new FormGroup(schedule),
    settings: new FormGroup({
      eligibility: new FormControl<'any' | 'residents' | 'panel'>('any', { nonNullable: true }),
      postcodes: text(),
      moderation: new FormControl<'pre' | 'post'>('pre', { nonNullable: true }),
      votingMethod: new FormControl<ConsultationSettingsData['votingMethod']>('majority_judgment', { nonNullable: true }),
      supportCap: text(),
      ballotSecrecy: new FormControl<'open' | 'secret'>('secret', { nonNullable: true }),
      reviewRule: new FormControl<'all' | 'min_supports' | 'min_grade'>('all', { nonNullable: true }),
      reviewValue: text(),
      gradeScale: new FormControl<'default' | 'custom'>('default', { nonNullable: true }),
      grades: text(),
      noOpinion: new FormControl<'exclude' | 'lowest'>(DEFAULT_CONSULTATION_SETTINGS.noOpinion, { nonNullable: true }),
      revisionThreshold: text('3'),
    }),
  });
}

export type ConsultationForm = ReturnType<typeof consultationForm>;

/** "2026-05-12T14:05" in the browser's time zone, as a datetime-local input wants it. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** One grade a line, worst first: "À rejeter | Reject". */
function parseGrades(lines: string): { value: number; fr: string; en: string }[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const [fr, en] = line.split('|').map((part) => part.trim());
      return { value: index + 1, fr, en: en || fr };
    });
}

export function fillForm(form: ConsultationForm, c: ConsultationDetail): void {
  const s = c.settings;
  const review = s.reviewRule;
  form.setValue({
    title: c.title,
    slug: c.slug,
    summary: c.summary,
    description: c.description,
    themes: [...c.themes],
    phaseSchedule: Object.fromEntries(DATED_PHASES.map((phase) => [phase, toLocalInput(c.phaseSchedule[phase])])) as Record<Exclude<Phase, 'draft'>, string>,
    settings: {
      eligibility: s.eligibility.kind,
      postcodes: s.eligibility.kind === 'residents' ? s.eligibility.postcodes.join(', ') : '',
      moderation: s.moderation,
      votingMethod: s.votingMethod,
      supportCap: s.supportCap === null ? '' : String(s.supportCap),
      ballotSecrecy: s.ballotSecrecy,
      reviewRule: review.kind,
      reviewValue: review.kind === 'min_supports' ? String(review.minSupports) : review.kind === 'min_grade' ? String(review.minGrade) : '',
      gradeScale: s.gradeScale ? 'custom' : 'default',
      grades: s.gradeScale ? s.gradeScale.grades.map((g) => `${g.fr} | ${g.en}`).join('\n') : '',
      noOpinion: s.noOpinion,
      revisionThreshold: s.revisionThreshold === null ? '' : String(s.revisionThreshold),
    },
  });
}

/** Empty number fields send null; a number field holding words sends it as is for the server to refuse. */
const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));

export function settingsOf(form: ConsultationForm): ConsultationSettingsData {
  const v = form.controls.settings.getRawValue();
  const mj = v.votingMethod === 'majority_judgment';
  const postcodes = v.postcodes.split(/[\s,;]+/).filter(Boolean);
  return {
    eligibility: v.eligibility === 'residents' ? { kind: 'residents', postcodes } : { kind: v.eligibility },
    moderation: v.moderation,
    votingMethod: v.votingMethod,
    supportCap: v.votingMethod === 'support' ? numberOrNull(v.supportCap) : null,
    ballotSecrecy: v.ballotSecrecy,
    reviewRule:
      v.reviewRule === 'min_supports'
        ? { kind: 'min_supports', minSupports: Number(v.reviewValue) }
        : v.reviewRule === 'min_grade'
          ? { kind: 'min_grade', minGrade: Number(v.reviewValue) }
          : { kind: 'all' },
    gradeScale: mj && v.gradeScale === 'custom' ? { grades: parseGrades(v.grades) } : null,
    noOpinion: mj ? v.noOpinion : DEFAULT_CONSULTATION_SETTINGS.noOpinion,
    revisionThreshold: mj ? numberOrNull(v.revisionThreshold) : null,
  };
}

/** What the admin filled in; a creation sends only the dates given, an update also removes cleared ones. */
export function inputOf(form: ConsultationForm, options: { update: boolean; withSettings: boolean }): ConsultationInput & { phaseSchedule: Record<string, string | null> } {
  const v = form.getRawValue();
  const schedule: Record<string, string | null> = {};
  for (const phase of DATED_PHASES) {
    const iso = fromLocalInput(v.phaseSchedule[phase]);
    if (iso || options.update) schedule[phase] = iso;
  }
  const body: ConsultationInput & { phaseSchedule: Record<string, string | null> } = {
    title: v.title.trim(),
    summary: v.summary.trim(),
    description: v.description,
    themes: v.themes,
    phaseSchedule: schedule,
  };
  if (v.slug.trim()) body.slug = v.slug.trim();
  if (options.withSettings) body.settings = settingsOf(form);
  return body;
}

/** The API names fields as paths ("settings.eligibility"); a few sit on another control of this form. */
const FIELD_CONTROLS: Record<string, string> = {
  'settings.gradeScale': 'settings.grades',
  'settings.reviewRule': 'settings.reviewValue',
};

/**
 * Puts each of the API's field messages under its field; returns the messages no field shows
 * (for the summary at the top).
 */
export function applyFieldErrors(form: ConsultationForm, error: unknown): string[] {
  if (!(error instanceof HttpErrorResponse)) return [];
  const fields = (error.error as Partial<ApiError> | null)?.fields ?? {};
  const unplaced: string[] = [];
  for (const [name, messages] of Object.entries(fields)) {
    if (!messages?.length) continue;
    let path = FIELD_CONTROLS[name] ?? name;
    if (name === 'settings.eligibility' && form.controls.settings.controls.eligibility.value === 'residents') path = 'settings.postcodes';
    if (name === 'settings.reviewRule' && form.controls.settings.controls.reviewRule.value === 'all') path = 'settings.reviewRule';
    if (name.startsWith('themes')) path = 'themes';
    const control = form.get(path);
    if (!control) {
      unplaced.push(...messages);
      continue;
    }
    control.setErrors({ ...(control.errors ?? {}), server: messages.join(' ') });
    control.markAsTouched();
  }
  return unplaced;
}
