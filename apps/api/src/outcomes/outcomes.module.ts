import { Module } from '@nestjs/common';
import { CommitteeModule } from '../committee/committee.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { AuditModule } from '../audit/audit.module';
import { FollowUpController } from './follow-up/follow-up.controller';
import { FollowUpRepository } from './follow-up/follow-up.repository';
import { FollowUpService } from './follow-up/follow-up.service';
import { FollowersRepository } from './notify/followers.repository';
import { OutcomeNotifier } from './notify/outcome-notifier';
import { PublicationController } from './publication/publication.controller';
import { PublicationRepository } from './publication/publication.repository';
import { PublicationService } from './publication/publication.service';
import { OutcomeReportRepository } from './report/outcome-report.repository';
import { OutcomeReportService } from './report/outcome-report.service';
import { OutcomesController } from './report/outcomes.controller';

/**
 * Outcomes (issue 5): the chair's publication of the official responses, the public outcome report
 * (page, PDF, CSV, JSON, fingerprints), the follow-up of adopted recommendations, and, through
 * AuditModule, the public hash-chained audit log.
 */
@Module({
  imports: [CommitteeModule, NotificationsModule, AuditModule],
  controllers: [PublicationController, OutcomesController, FollowUpController],
  providers: [
    PublicationService,
    PublicationRepository,
    OutcomeReportService,
    OutcomeReportRepository,
    FollowUpService,
    FollowUpRepository,
    FollowersRepository,
    OutcomeNotifier,
  ],
})
export class OutcomesModule {}
