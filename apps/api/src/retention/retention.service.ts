import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { RETENTION_JOB_CRON, retentionSeconds } from '@concordia/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { RetentionRepository } from './retention.repository';

export const RETENTION_JOB = 'retention';

export interface RetentionCounts {
  unverifiedAccounts: number;
  orphanedIdentities: number;
  expiredSessions: number;
  spentEmailTokens: number;
  loginFailures: number;
  sentMail: number;
  undeliveredMail: number;
}

/**
 * Deletes what the retention periods (libs/domain retention-periods) say is due, hourly, as one
 * job across all API processes. Mail bodies need no pass: the mail worker erases them at sending.
 * Logs counts only, never which rows.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly repository: RetentionRepository,
    private readonly jobs: JobsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(RETENTION_JOB, RETENTION_JOB_CRON, () => this.run());
  }

  async run(): Promise<RetentionCounts> {
    const accounts = await this.repository.deleteUnverifiedAccounts(retentionSeconds('unverified-account'));
    const counts: RetentionCounts = {
      unverifiedAccounts: accounts.accounts,
      orphanedIdentities: accounts.identities,
      // Sessions follow the configured lifetime, the one the session middleware enforces.
      expiredSessions: await this.repository.deleteExpiredSessions(this.config.sessionIdleSeconds, this.config.sessionAbsoluteSeconds),
      spentEmailTokens: await this.repository.deleteSpentEmailTokens(),
      loginFailures: await this.repository.deleteLoginFailures(retentionSeconds('login-failure')),
      sentMail: await this.repository.deleteSentMail(retentionSeconds('sent-mail')),
      undeliveredMail: await this.repository.deleteUndeliveredMail(retentionSeconds('undelivered-mail')),
    };
    this.logger.log({ counts }, 'retention pass');
    return counts;
  }
}
