import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { AppealsController } from './appeals.controller';
import { AppealsRepository } from './appeals.repository';
import { AppealsService } from './appeals.service';
import { DecisionsService } from './decisions.service';
import { MergeRepository } from './merge.repository';
import { MergeService } from './merge.service';
import { ModerationLogReader } from './moderation-log.reader';
import { ModerationNotices } from './moderation-notices.service';
import { ModerationRecordsController } from './moderation-records.controller';
import { ModerationRecordsService } from './moderation-records.service';
import { ModerationSummaryRepository } from './moderation-summary.repository';
import { ModerationTargetsRepository } from './moderation-targets.repository';
import { ProposalDecisionsController } from './proposal-decisions.controller';
import { QueueController } from './queue.controller';
import { QueueRepository } from './queue.repository';
import { QueueService } from './queue.service';
import { ReportsController } from './reports.controller';
import { ReportsRepository } from './reports.repository';
import { ReportsService } from './reports.service';

/**
 * Moderation: the queue and its decisions, reports, appeals, merges of duplicates, the log and the
 * public summary. Rights, the log writer and the personal-data flags live in ./shared, which the
 * proposals and comments modules use on every write (ProposalsModule re-exports it).
 */
@Module({
  imports: [ProposalsModule, NotificationsModule],
  controllers: [QueueController, AppealsController, ModerationRecordsController, ReportsController, ProposalDecisionsController],
  providers: [
    QueueService,
    QueueRepository,
    DecisionsService,
    ModerationTargetsRepository,
    ModerationNotices,
    ReportsService,
    ReportsRepository,
    AppealsService,
    AppealsRepository,
    MergeService,
    MergeRepository,
    ModerationRecordsService,
    ModerationLogReader,
    ModerationSummaryRepository,
  ],
})
export class ModerationModule {}
