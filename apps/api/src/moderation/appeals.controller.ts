import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AppealListItem, AppealView, DecisionView, Page } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Roles } from '../auth/decorators';
import { AppealsService } from './appeals.service';
import { AppealDecisionDto, AppealDto, AppealsQueryDto } from './moderation.dto';

@ApiTags('moderation')
@Controller('moderation')
export class AppealsController {
  constructor(private readonly appeals: AppealsService) {}

  /** A decision, for the item's authors (with `appealable`) and its moderators; 404 for others. */
  @Get('decisions/:id')
  decision(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<DecisionView> {
    return this.appeals.decision(id, auth, client.language);
  }

  /** An author appeals a reject, hide or confirm-hidden decision, once per decision. */
  @Post('decisions/:id/appeal')
  appeal(@Param('id') id: string, @Body() body: AppealDto, @CurrentAuth() auth: AuthContext): Promise<AppealView> {
    return this.appeals.appeal(id, body.text, auth);
  }

  /** Appeals to decide (status=open by default), oldest first; `canDecide` says whether the reader may. */
  @Roles('moderator', 'admin', 'committee')
  @Get('appeals')
  list(@Query() query: AppealsQueryDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<Page<AppealListItem>> {
    return this.appeals.list(query, auth, client.language);
  }

  /** Upheld or overturned, by someone other than the decision's author and the item's authors (403 otherwise). */
  @Roles('moderator', 'admin', 'committee')
  @Post('appeals/:id/decide')
  @HttpCode(200)
  decide(@Param('id') id: string, @Body() body: AppealDecisionDto, @CurrentAuth() auth: AuthContext): Promise<AppealView> {
    return this.appeals.decide(id, body.outcome, body.note ?? null, auth);
  }
}
