import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ProposalDetail, ProposalPage, SimilarProposal } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Public } from '../auth/decorators';
import { ProposalListService } from './proposal-list.service';
import { CreateProposalDto, ProposalListQueryDto, SimilarQueryDto } from './proposals.dto';
import { ProposalsService } from './proposals.service';

@ApiTags('proposals')
@Controller('consultations/:slug/proposals')
export class ConsultationProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly lists: ProposalListService,
  ) {}

  /** Search (French, accents optional), filters, sorts, pages. */
  @Public()
  @Get()
  list(@Param('slug') slug: string, @Query() query: ProposalListQueryDto, @CurrentAuth() auth: AuthContext | undefined, @Client() client: ClientInfo): Promise<ProposalPage> {
    return this.lists.list(slug, query, auth, client.language);
  }

  /** Up to five published proposals resembling the title being typed. */
  @Public()
  @Get('similar')
  similar(@Param('slug') slug: string, @Query() query: SimilarQueryDto, @CurrentAuth() auth: AuthContext | undefined): Promise<SimilarProposal[]> {
    return this.lists.similar(slug, query.title, query.excludeId, auth);
  }

  /** A draft, or submitted at once with submit: true. */
  @Post()
  create(@Param('slug') slug: string, @Body() body: CreateProposalDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ProposalDetail> {
    return this.proposals.create(slug, body, auth, client.language);
  }
}
