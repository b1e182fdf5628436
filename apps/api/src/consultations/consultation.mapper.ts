import type { ConsultationSummary } from '@concordia/contracts';
import type { ConsultationEntity } from './consultation.entity';
import { scheduleData, scheduleOf, settingsOf } from './consultation-settings';

export function toConsultationSummary(c: ConsultationEntity): ConsultationSummary {
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    summary: c.summary,
    phase: c.phase,
    themes: c.themes,
    createdAt: c.createdAt.toISOString(),
    phaseSchedule: scheduleData(scheduleOf(c)),
    phaseChangedAt: c.phaseChangedAt.toISOString(),
    votingMethod: settingsOf(c).votingMethod,
  };
}
