import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PgBoss } from 'pg-boss';
import { safeError } from '../common/logging/safe-error';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

export interface JobsOptions {
  databaseUrl: string;
  /** False in the command line: it runs one job in its own process and must not pick up others' work. */
  start: boolean;
}

export type JobHandler<T extends object = object> = (data: T) => Promise<unknown>;

interface Registration {
  handler: JobHandler<never>;
  /** A cron expression (UTC), or null for a schedule turned off by configuration. */
  cron?: string | null;
}

/**
 * The one place background work runs: pg-boss queues in PostgreSQL, so several API processes
 * share them without timers of their own. pg-boss creates and migrates its own `pgboss` schema
 * at start; it is the only schema not made by our migrations (its tables are pg-boss's business,
 * none of ours reference them). Schedules are cluster-safe: each cron occurrence becomes one job,
 * whichever process claims the minute, and the job runs on one worker.
 *
 * Features register in their onModuleInit; queues, schedules and workers are set up once the
 * application has bootstrapped, and stopped (waiting for running handlers) before the database
 * pool closes.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly registry = new Map<string, Registration>();
  private boss?: PgBoss;

  constructor(@Inject(JOBS_OPTIONS) private readonly options: JobsOptions) {}

  /** Runs `handler` on `cron` (UTC, per minute at best) across all processes; `null` removes the schedule. */
  schedule(name: string, cron: string | null, handler: JobHandler): void {
    this.register(name, { handler, cron });
  }

  /** Handles jobs that `send` queues, on whichever process fetches them first. */
  work<T extends object>(name: string, handler: JobHandler<T>): void {
    this.register(name, { handler });
  }

  async send(name: string, data: object = {}): Promise<void> {
    if (!this.boss) throw new Error(`Jobs are not running: cannot send ${name}`);
    await this.boss.send(name, data);
  }

  /** Whether this process does background work at all (not in the command line); the mail worker follows it too. */
  get background(): boolean {
    return this.options.start;
  }

  /** The registered job names, for the command line's help. */
  names(): string[] {
    return [...this.registry.keys()].sort();
  }

  /** Runs a job's handler here and now, outside the queue (command line, operators). */
  async runNow(name: string, data: object = {}): Promise<unknown> {
    const registration = this.registry.get(name);
    if (!registration) throw new Error(`Unknown job "${name}" (known: ${this.names().join(', ')})`);
    return (registration.handler as JobHandler)(data);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.background) return;
    const boss = new PgBoss({ connectionString: this.options.databaseUrl, schema: 'pgboss', max: 4, application_name: 'concordia-jobs' });
    boss.on('error', (error) => this.logger.error({ error: safeError(error) }, 'job system error'));
    await boss.start();
    this.boss = boss;
    for (const [name, registration] of this.registry) await this.setUp(boss, name, registration);
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = undefined;
    await boss?.stop({ graceful: true, timeout: 20_000, close: true });
  }

  private register(name: string, registration: Registration): void {
    if (this.registry.has(name)) throw new Error(`Job "${name}" is registered twice`);
    this.registry.set(name, registration);
  }

  private async setUp(boss: PgBoss, name: string, { handler, cron }: Registration): Promise<void> {
    // 'stately' keeps at most one job waiting and one running per queue, so a slow run is never
    // stacked up behind by the following occurrences; plain queues take every job sent.
    await boss.createQueue(name, { policy: cron === undefined ? 'standard' : 'stately', retryLimit: 2, retryDelay: 30, retryBackoff: true });
    if (cron) await boss.schedule(name, cron, {}, { tz: 'UTC' });
    // The schedule lives in the database: one turned off in this configuration must be removed there.
    else if (cron === null) await boss.unschedule(name);
    await boss.work<object>(name, async (jobs) => {
      for (const job of jobs) await (handler as JobHandler)(job.data ?? {});
    });
  }
}
