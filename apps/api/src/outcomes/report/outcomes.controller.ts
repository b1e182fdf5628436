import { Controller, Get, Inject, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Language, OutcomeReport } from '@concordia/contracts';
import type { Response } from 'express';
import type { ClientInfo } from '../../auth/auth.service';
import { Client } from '../../auth/client-info';
import { Public } from '../../auth/decorators';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { ReportLanguageDto } from '../outcomes.dto';
import { OutcomeReportService } from './outcome-report.service';
import { writeOutcomesCsv } from './outcomes-csv';
import { writeOutcomesPdf } from './outcomes-pdf';
import { startAttachment } from '../../common/http/attachment';

/**
 * The public outcome report and its downloads; 404 until the chair publishes. Downloads speak the
 * reader's language (Accept-Language, or ?lang=fr|en for a link to share); the data is the same.
 */
@ApiTags('outcomes')
@Controller('consultations/:slug')
export class OutcomesController {
  constructor(
    private readonly report: OutcomeReportService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get('outcomes')
  page(@Param('slug') slug: string, @Query() query: PageQueryDto, @Client() client: ClientInfo): Promise<OutcomeReport> {
    return this.report.page(slug, query.page, query.pageSize, client.language);
  }

  @Public()
  @Get('outcomes.json')
  async json(
    @Param('slug') slug: string,
    @Query() query: ReportLanguageDto,
    @Client() client: ClientInfo,
    @Res() response: Response,
  ): Promise<void> {
    const report = await this.report.export(slug, languageOf(query, client));
    startAttachment(response, 'application/json; charset=utf-8', `${slug}-outcomes.json`);
    response.send(JSON.stringify(report, null, 2));
  }

  @Public()
  @Get('outcomes.csv')
  @ApiProduces('text/csv')
  async csv(
    @Param('slug') slug: string,
    @Query() query: ReportLanguageDto,
    @Client() client: ClientInfo,
    @Res() response: Response,
  ): Promise<void> {
    const language = languageOf(query, client);
    const report = await this.report.export(slug, language);
    startAttachment(response, 'text/csv; charset=utf-8', `${slug}-outcomes.csv`);
    writeOutcomesCsv(report, language, `${this.config.publicUrl}/consultations/${slug}/outcomes`, response);
  }

  @Public()
  @Get('outcomes.pdf')
  @ApiProduces('application/pdf')
  async pdf(
    @Param('slug') slug: string,
    @Query() query: ReportLanguageDto,
    @Client() client: ClientInfo,
    @Res() response: Response,
  ): Promise<void> {
    const language = languageOf(query, client);
    const report = await this.report.export(slug, language);
    startAttachment(response, 'application/pdf', `${slug}-outcomes.pdf`);
    writeOutcomesPdf(report, language, response);
  }
}

function languageOf(query: ReportLanguageDto, client: ClientInfo): Language {
  return query.lang ?? client.language;
}

