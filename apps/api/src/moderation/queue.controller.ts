import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BulkDecisionResult, DecisionView, MergeResult, QueuePage } from '@concordia/contracts';
import type { DecisionAction } from '@concordia/domain';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Roles } from '../auth/decorators';
import { DecisionsService } from './decisions.service';
import { MergeService } from './merge.service';
import { BulkDecisionDto, DecisionDto, DecisionParamsDto, MergeDto, QueueQueryDto } from './moderation.dto';
import { QueueService } from './queue.service';

/**
 * The moderation queue and its decisions. Moderators and admins work every consultation; a
 * committee member the consultations whose roster lists them (403 elsewhere). Staff roles need TOTP.
 */
@ApiTags('moderation')
@Roles('moderator', 'admin', 'committee')
@Controller('moderation')
export class QueueController {
  constructor(
    private readonly queue: QueueService,
    private readonly decisions: DecisionsService,
    private readonly merges: MergeService,
  ) {}

  /** The consultations the reader moderates (for the queue's filter). */
  @Get('consultations')
  consultations(@CurrentAuth() auth: AuthContext) {
    return this.queue.consultationsModerated(auth);
  }

  /** Submitted, reported and flagged items, oldest first; filters: consultation (slug), kind, reason, q. */
  @Get('queue')
  list(@Query() query: QueueQueryDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<QueuePage> {
    return this.queue.list(query, auth, client.language);
  }

  /** approve | reject | hide | restore | confirm-hidden one proposal or comment. */
  @Post('items/:targetType/:id/:action')
  @HttpCode(200)
  decide(@Param() params: DecisionParamsDto, @Body() body: DecisionDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<DecisionView> {
    const action = params.action.replace('-', '_') as DecisionAction;
    return this.decisions.decide(params.targetType, params.id, action, body, auth, client.language);
  }

  /** Approve or reject up to 100 items of one kind; each in its own transaction, a result per id. */
  @Post('bulk')
  @HttpCode(200)
  bulk(@Body() body: BulkDecisionDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<BulkDecisionResult> {
    return this.decisions.bulk(body.targetType, body.ids, body.action, { reason: body.reason, note: body.note }, auth, client.language);
  }

  /** Merges the duplicate `from` into `into`: see MergeService. */
  @Post('merge')
  @HttpCode(200)
  merge(@Body() body: MergeDto, @CurrentAuth() auth: AuthContext): Promise<MergeResult> {
    return this.merges.merge(body, auth);
  }
}
