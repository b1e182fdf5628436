import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { BallotBoxCloser } from './ballot-box-closer';
import { BallotBoxRepository } from './ballot-box.repository';
import { BallotSealer } from './ballot-sealer';
import { BallotTrackersController } from './ballot-trackers.controller';
import { BallotTrackersRepository } from './ballot-trackers.repository';
import { BallotTrackersService } from './ballot-trackers.service';
import { FrozenResultsRepository } from './frozen-results.repository';
import { ResultsFreezer } from './results-freezer';
import { VoteCloseHook } from './vote-close.hook';
import { ConsultationResultsController } from './consultation-results.controller';
import { OpenBallotsRepository } from './open-ballots.repository';
import { ResultsService } from './results.service';
import { RevisionRoundService } from './revision-round.service';
import { RevisionsRepository } from './revisions.repository';
import { SecretBallotsRepository } from './secret-ballots.repository';
import { TalliesRepository } from './tallies.repository';
import { VotesController } from './votes.controller';
import { VotesService } from './votes.service';
import { VotingContextRepository } from './voting-context.repository';
import { VotingGate } from './voting-gate';

/** Ballots (open and secret), results, and the majority-judgment revision round. */
@Module({
  imports: [ConsultationsModule, AuditModule],
  controllers: [VotesController, ConsultationResultsController, BallotTrackersController],
  providers: [
    VotesService,
    ResultsService,
    RevisionRoundService,
    VotingGate,
    VotingContextRepository,
    OpenBallotsRepository,
    SecretBallotsRepository,
    TalliesRepository,
    RevisionsRepository,
    BallotSealer,
    BallotBoxRepository,
    BallotBoxCloser,
    ResultsFreezer,
    FrozenResultsRepository,
    VoteCloseHook,
    BallotTrackersRepository,
    BallotTrackersService,
  ],
  exports: [ResultsService, TalliesRepository, ResultsFreezer],
})
export class VotesModule {}
