import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ConsultationFollowUp, ProposalFollowUp } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import { CurrentAuth, Public, Roles } from '../../auth/decorators';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { FollowUpDto } from '../outcomes.dto';
import { FollowUpService } from './follow-up.service';

/** Public timelines of adopted recommendations; admins post the updates. */
@ApiTags('follow-up')
@Controller()
export class FollowUpController {
  constructor(private readonly followUp: FollowUpService) {}

  /** One recommendation's timeline (`:id` is its uuid or number); 404 unless adopted in published outcomes. */
  @Public()
  @Get('proposals/:id/follow-up')
  forProposal(@Param('id') id: string): Promise<ProposalFollowUp> {
    return this.followUp.forProposal(id);
  }

  @Roles('admin')
  @Post('proposals/:id/follow-up')
  post(@Param('id') id: string, @Body() body: FollowUpDto, @CurrentAuth() auth: AuthContext): Promise<ProposalFollowUp> {
    return this.followUp.post(id, body, auth);
  }

  /** Every adopted recommendation with where it stands, then the whole timeline newest first, paginated. */
  @Public()
  @Get('consultations/:slug/follow-up')
  forConsultation(@Param('slug') slug: string, @Query() query: PageQueryDto): Promise<ConsultationFollowUp> {
    return this.followUp.forConsultation(slug, query.page, query.pageSize);
  }
}
