import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ScheduledPhaseMove } from '@concordia/contracts';
import { phaseTransitionProblem, scheduledPhaseStep } from '@concordia/domain';
import { scheduleOf, settingsOf } from './consultation-settings';
import { ConsultationsRepository } from './consultations.repository';

/** How often dates are checked; PHASE_SCHEDULER_MS=0 turns the timer off (moves by hand only). */
function intervalMs(): number {
  const value = Number(process.env.PHASE_SCHEDULER_MS ?? 60_000);
  return Number.isInteger(value) && value >= 0 ? value : 60_000;
}

/**
 * Moves consultations whose next phase's date has passed, one step per run, so each transition
 * happens (and can be noticed) on its own even after downtime. Safe with several API instances:
 * each move is a conditional UPDATE on the phase it read, so only one instance makes it.
 */
@Injectable()
export class PhaseScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('PhaseScheduler');
  private timer?: NodeJS.Timeout;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly consultations: ConsultationsRepository) {}

  onApplicationBootstrap(): void {
    const every = intervalMs();
    if (every === 0) return;
    this.timer = setInterval(() => this.tick(), every);
    // The timer never keeps the process alive on its own.
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private tick(): void {
    this.running = this.runDue().catch((error) => this.logger.warn({ err: error }, 'scheduled phase moves failed'));
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
