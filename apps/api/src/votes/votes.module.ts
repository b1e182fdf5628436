import { Module } from '@nestjs/common';
import { ConsultationsModule } from '../consultations/consultations.module';
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
  imports: [ConsultationsModule],
  controllers: [VotesController, ConsultationResultsController],
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
  ],
  exports: [ResultsService, TalliesRepository],
})
export class VotesModule {}
