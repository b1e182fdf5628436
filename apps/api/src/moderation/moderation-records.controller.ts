import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ModerationLogPage, ModerationSummary } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Public, Roles } from '../auth/decorators';
import { LogQueryDto } from './moderation.dto';
import { ModerationRecordsService } from './moderation-records.service';

@ApiTags('moderation')
@Controller()
export class ModerationRecordsController {
  constructor(private readonly records: ModerationRecordsService) {}

  /** Every moderation action (who, what, target, when, reason), newest first. */
  @Roles('moderator', 'admin', 'committee')
  @Get('moderation/log')
  log(@Query() query: LogQueryDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ModerationLogPage> {
    return this.records.log(query, auth, client.language);
  }

  /** Public transparency: rejected and hidden items by reason, merges, decisions and appeals; no text, no person. */
  @Public()
  @Get('consultations/:slug/moderation-summary')
  summary(@Param('slug') slug: string, @CurrentAuth() auth: AuthContext | undefined): Promise<ModerationSummary> {
    return this.records.summary(slug, auth);
  }
}
