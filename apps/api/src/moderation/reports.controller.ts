import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CheckTextResponse, ReportReceipt } from '@concordia/contracts';
import { detectPersonalData } from '@concordia/domain';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth, Public } from '../auth/decorators';
import { CheckTextDto, ReportDto } from './moderation.dto';
import { ReportsService } from './reports.service';

@ApiTags('moderation')
@Controller()
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  /** A citizen reports a public proposal or comment: once per item (409), never their own (403). */
  @Post('reports')
  report(@Body() body: ReportDto, @CurrentAuth() auth: AuthContext): Promise<ReportReceipt> {
    return this.reports.report(body, auth);
  }

  /** The personal-data detector on any text, for editors that warn while people write; nothing is stored. */
  @Public()
  @Post('moderation/check-text')
  @HttpCode(200)
  checkText(@Body() body: CheckTextDto): CheckTextResponse {
    return { spans: detectPersonalData(body.text) };
  }
}
