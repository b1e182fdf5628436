import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProposalDetail } from '@concordia/contracts';
import { isModerationReason } from '@concordia/domain';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Roles } from '../auth/decorators';
import { notFound } from '../common/http/app-exception';
import { ProposalsRepository } from '../proposals/proposals.repository';
import { ProposalsService } from '../proposals/proposals.service';
import { DecisionsService } from './decisions.service';
import { LegacyRejectDto } from './moderation.dto';

/**
 * The first API's publish and reject of a submitted proposal, kept for existing clients: both now
 * go through the queue's decisions (logged, told to the authors, appealable) and answer the
 * proposal. New clients use POST /api/moderation/items/proposal/:id/{approve,reject}.
 */
@ApiTags('moderation')
@Roles('moderator', 'admin', 'committee')
@Controller('proposals')
export class ProposalDecisionsController {
  constructor(
    private readonly decisions: DecisionsService,
    private readonly proposals: ProposalsService,
    private readonly repository: ProposalsRepository,
  ) {}

  @Post(':id/publish')
  @HttpCode(200)
  async publish(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ProposalDetail> {
    const proposal = await this.repository.findByIdOrRef(id);
    if (!proposal) throw notFound('proposals.not-found');
    await this.decisions.decide('proposal', proposal.id, 'approve', {}, auth, client.language, ['submitted']);
    return this.proposals.get(proposal.id, auth, client.language);
  }

  /** `reason`: a charter reason, or a free text recorded as "other" with that text. */
  @Post(':id/reject')
  @HttpCode(200)
  async reject(@Param('id') id: string, @Body() body: LegacyRejectDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ProposalDetail> {
    const proposal = await this.repository.findByIdOrRef(id);
    if (!proposal) throw notFound('proposals.not-found');
    const input = isModerationReason(body.reason) ? { reason: body.reason } : { reason: 'other' as const, note: body.reason };
    await this.decisions.decide('proposal', proposal.id, 'reject', input, auth, client.language, ['submitted']);
    return this.proposals.get(proposal.id, auth, client.language);
  }
}
