import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { ScheduledPhaseMove } from '@concordia/contracts';
import { phaseTransitionProblem, scheduledPhaseStep } from '@concordia/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { everyMinutesCron } from '../jobs/cron';
import { JobsService } from '../jobs/jobs.service';
import { scheduleOf, settingsOf } from './consultation-settings';
import { ConsultationsRepository } from './consultations.repository';

export const PHASE_SCHEDULE_JOB = 'consultations.phase-schedule';

/**
 * Moves consultations whose next phase's date has passed, one step per run, so each transition
 * happens (and can be noticed) on its own even after downtime. Runs as a scheduled job (see
 * JobsService), once per occurrence across all API processes; each move is also a conditional
 * UPDATE on the phase it read, so a manual run racing the job moves a consultation only once.
 */
@Injectable()
export class PhaseScheduler implements OnModuleInit {
  private readonly logger = new Logger('PhaseScheduler');

  constructor(
    private readonly consultations: ConsultationsRepository,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const minutes = this.config.phaseSchedulerMinutes;
    this.jobs.schedule(PHASE_SCHEDULE_JOB, minutes === 0 ? null : everyMinutesCron(minutes), () => this.runDue());
  }

  /** One pass: at most one step for each consultation whose next date is ≤ now. */
  async runDue(now = new Date()): Promise<ScheduledPhaseMove[]> {
    const moves: ScheduledPhaseMove[] = [];
    for (const consultation of await this.consultations.withSchedule()) {
      const to = scheduledPhaseStep(consultation.phase, scheduleOf(consultation), now);
      if (!to) continue;
      // The domain rules still apply to the scheduler (it never publishes outcomes, never goes back).
      if (phaseTransitionProblem(consultation.phase, to, { by: 'scheduler', ballotSecrecy: settingsOf(consultation).ballotSecrecy })) continue;
      if (await this.consultations.movePhase(consultation.id, consultation.phase, to, 'scheduler')) {
        moves.push({ slug: consultation.slug, from: consultation.phase, to });
        this.logger.log({ consultation: consultation.slug, from: consultation.phase, to }, 'phase moved by its schedule');
      }
    }
    return moves;
  }
}
