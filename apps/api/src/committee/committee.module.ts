import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AuditModule } from '../audit/audit.module';
import { VotesModule } from '../votes/votes.module';
import { VotingContextRepository } from '../votes/voting-context.repository';
import { CommitteeBallotsController } from './ballots/committee-ballots.controller';
import { CommitteeBallotsRepository } from './ballots/committee-ballots.repository';
import { CommitteeVoteService } from './ballots/committee-vote.service';
import { CommitteeAccess } from './committee-access.service';
import { CommitteeRepository } from './committee.repository';
import { NotesController } from './notes/notes.controller';
import { NotesRepository } from './notes/notes.repository';
import { NotesService } from './notes/notes.service';
import { ResponsesController } from './responses/responses.controller';
import { ResponsesRepository } from './responses/responses.repository';
import { ResponsesService } from './responses/responses.service';
import { CitizenResults } from './review/citizen-results.service';
import { ProposalReviewController } from './review/proposal-review.controller';
import { ReviewOpening } from './review/review-opening.service';
import { ReviewSelectionRepository } from './review/review-selection.repository';
import { ReviewTargets } from './review/review-targets';
import { ReviewWorkspaceService } from './review/review-workspace.service';
import { ReviewsRepository } from './review/reviews.repository';
import { CommitteeController } from './roster/committee.controller';
import { CommitteeDirectoryController } from './roster/committee-directory.controller';
import { CommitteeService } from './roster/committee.service';

/**
 * The committee of each consultation (issue 5): roster and rules, review workspace, rapporteurs,
 * private notes, sealed committee ballots closed by the chair, official response drafts.
 * Citizens' results are computed with the votes module's exported tallies and its results builder;
 * its voting-context reads (a round's proposals) are not exported, so that stateless repository is
 * provided here too.
 */
@Module({
  imports: [NotificationsModule, AuditModule, VotesModule],
  controllers: [
    CommitteeController,
    CommitteeDirectoryController,
    ProposalReviewController,
    NotesController,
    CommitteeBallotsController,
    ResponsesController,
  ],
  providers: [
    CommitteeService,
    CommitteeRepository,
    CommitteeAccess,
    ReviewOpening,
    ReviewSelectionRepository,
    ReviewTargets,
    ReviewWorkspaceService,
    ReviewsRepository,
    CitizenResults,
    NotesService,
    NotesRepository,
    CommitteeVoteService,
    CommitteeBallotsRepository,
    ResponsesService,
    ResponsesRepository,
    VotingContextRepository,
  ],
  exports: [
    CommitteeAccess,
    CommitteeRepository,
    ReviewsRepository,
    ReviewTargets,
    ResponsesRepository,
    CommitteeBallotsRepository,
    CitizenResults,
  ],
})
export class CommitteeModule {}
