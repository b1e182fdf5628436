import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ConsultationsModule } from '../consultations/consultations.module';
import { ModerationSharedModule } from '../moderation/shared/moderation-shared.module';
import { CoauthorsService } from './coauthors.service';
import { ConsultationProposalsController } from './consultation-proposals.controller';
import { ProposalHistoryService } from './proposal-history.service';
import { ProposalListService } from './proposal-list.service';
import { ProposalSearchRepository } from './proposal-search.repository';
import { ProposalCoauthorEntity, ProposalEntity, ProposalVersionEntity } from './proposal.entity';
import { ProposalsController } from './proposals.controller';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

/**
 * Proposals: writing, versions, co-authors, search; moderation decisions live in the moderation
 * module. Other modules (comments, votes) use ProposalsService.findViewable / findWithConsultation
 * and ProposalsRepository.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ProposalEntity, ProposalVersionEntity, ProposalCoauthorEntity]), ConsultationsModule, AccountsModule, ModerationSharedModule],
  controllers: [ConsultationProposalsController, ProposalsController],
  providers: [ProposalsService, ProposalsRepository, ProposalSearchRepository, ProposalListService, ProposalHistoryService, CoauthorsService],
  exports: [ProposalsService, ProposalsRepository, ConsultationsModule, ModerationSharedModule],
})
export class ProposalsModule {}
