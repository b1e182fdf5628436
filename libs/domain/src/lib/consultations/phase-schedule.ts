import { ConsultationPhase, nextPhase, phaseIndex } from './consultation-phases';

/** When each phase starts; phases without a date move only by hand. */
export type PhaseSchedule = Partial<Record<ConsultationPhase, Date>>;

/**
 * The phase a scheduled job should move to now, or null. One step at a time: if several dates have
 * passed (the job was down), each run moves one phase, so every transition is logged and notified.
 * Never into outcomes_published: the chair publishes the committee's responses, a date cannot.
 */
export function scheduledPhaseStep(
  current: ConsultationPhase,
  schedule: PhaseSchedule,
  now: Date,
): ConsultationPhase | null {
  const next = nextPhase(current);
  if (next === null || next === 'outcomes_published') return null;
  const startsAt = schedule[next];
  if (!startsAt) return null;
  return now.getTime() >= startsAt.getTime() ? next : null;
}

export type PhaseScheduleProblem = { phase: ConsultationPhase; problem: 'invalid-date' | 'not-after-previous' };

/** Dates must be real and strictly increasing along the phases that have one. */
export function phaseScheduleProblems(schedule: PhaseSchedule): PhaseScheduleProblem[] {
  const problems: PhaseScheduleProblem[] = [];
  const dated = (Object.keys(schedule) as ConsultationPhase[])
    .filter((phase) => schedule[phase] !== undefined)
    .sort((a, b) => phaseIndex(a) - phaseIndex(b));
  let previous: number | null = null;
  for (const phase of dated) {
    const time = (schedule[phase] as Date).getTime();
    if (Number.isNaN(time)) {
      problems.push({ phase, problem: 'invalid-date' });
      continue;
    }
    if (previous !== null && time <= previous) problems.push({ phase, problem: 'not-after-previous' });
    previous = time;
  }
  return problems;
}
