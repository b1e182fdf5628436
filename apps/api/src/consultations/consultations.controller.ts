import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ConsultationSummary, Page } from '@concordia/contracts';
import { PageQueryDto } from '../common/http/page-query.dto';
import { Public } from '../auth/decorators';
import { ConsultationDetail, ConsultationsService } from './consultations.service';

@ApiTags('consultations')
@Controller('consultations')
export class ConsultationsController {
  constructor(private readonly consultations: ConsultationsService) {}

  @Public()
  @Get()
  list(@Query() query: PageQueryDto): Promise<Page<ConsultationSummary>> {
    return this.consultations.list(query.page, query.pageSize);
  }

  @Public()
  @Get(':slug')
  get(@Param('slug') slug: string): Promise<ConsultationDetail> {
    return this.consultations.get(slug);
  }
}
