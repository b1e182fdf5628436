import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ConsultationSummary, Page, ScheduledPhaseMove } from '@concordia/contracts';
import { Roles } from '../auth/decorators';
import { badRequest } from '../common/http/app-exception';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AdminConsultationsQueryDto, RunSchedulerDto } from './consultations.dto';
import { ConsultationsService } from './consultations.service';
import { PhaseScheduler } from './phase-scheduler';

@ApiTags('consultations')
@Roles('admin')
@Controller('admin/consultations')
export class AdminConsultationsController {
  constructor(
    private readonly consultations: ConsultationsService,
    private readonly scheduler: PhaseScheduler,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Every consultation, drafts included. */
  @Get()
  list(@Query() query: AdminConsultationsQueryDto): Promise<Page<ConsultationSummary>> {
    return this.consultations.adminList(query.page, query.pageSize, query.phase);
  }

  /**
   * Runs the scheduled phase moves now instead of waiting for the timer. `at` (development and
   * tests only) acts as if it were that date, so a test needs no waiting and no race with the timer.
   */
  @Post('phase-schedule/run')
  @HttpCode(200)
  run(@Body() body: RunSchedulerDto): Promise<ScheduledPhaseMove[]> {
    if (body.at && this.config.mode === 'production') throw badRequest('consultations.scheduler-at-refused');
    return this.scheduler.runDue(body.at ? new Date(body.at) : new Date());
  }
}
