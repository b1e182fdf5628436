import type { ConsultationSettingsData, PhaseScheduleData } from '@concordia/contracts';
import { ConsultationSettings, DEFAULT_CONSULTATION_SETTINGS, isConsultationPhase, PhaseSchedule } from '@concordia/domain';
import type { ConsultationEntity } from './consultation.entity';

/** Settings as stored may be partial (older rows, the demo seed): missing keys take the defaults. */
export function settingsOf(consultation: Pick<ConsultationEntity, 'settings'>): ConsultationSettings {
  return { ...DEFAULT_CONSULTATION_SETTINGS, ...(consultation.settings as Partial<ConsultationSettings>) };
}

export function scheduleOf(consultation: Pick<ConsultationEntity, 'phaseSchedule'>): PhaseSchedule {
  const schedule: PhaseSchedule = {};
  for (const [phase, iso] of Object.entries(consultation.phaseSchedule ?? {})) {
    if (isConsultationPhase(phase) && typeof iso === 'string') schedule[phase] = new Date(iso);
  }
  return schedule;
}

export function scheduleData(schedule: PhaseSchedule): PhaseScheduleData {
  const data: PhaseScheduleData = {};
  for (const [phase, date] of Object.entries(schedule)) if (date) data[phase as keyof PhaseSchedule] = date.toISOString();
  return data;
}

export function settingsData(settings: ConsultationSettings): ConsultationSettingsData {
  return JSON.parse(JSON.stringify(settings)) as ConsultationSettingsData;
}
