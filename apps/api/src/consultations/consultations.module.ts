import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { AdminConsultationsController } from './admin-consultations.controller';
import { ConsultationEntity } from './consultation.entity';
import { ConsultationsController } from './consultations.controller';
import { ConsultationsRepository } from './consultations.repository';
import { ConsultationsService } from './consultations.service';
import { EligibilityService } from './eligibility.service';
import { InvitationCodesService } from './invitation-codes.service';
import { ParticipantsRepository } from './participants.repository';
import { PhaseScheduler } from './phase-scheduler';
import { VotingCloseHooks } from './voting-close-hooks';

/**
 * Consultations, their phases and who may take part. Other modules use ConsultationsService
 * (findVisible, findBySlugOrThrow) and EligibilityService (assertCanAct, assertEligible, isEligible).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ConsultationEntity]), AuditModule],
  controllers: [ConsultationsController, AdminConsultationsController],
  providers: [ConsultationsService, ConsultationsRepository, EligibilityService, InvitationCodesService, ParticipantsRepository, PhaseScheduler, VotingCloseHooks],
  exports: [ConsultationsService, ConsultationsRepository, EligibilityService, PhaseScheduler, VotingCloseHooks],
})
export class ConsultationsModule {}
