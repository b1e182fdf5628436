import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CoauthorInvitation, Page, ProposalDetail, ProposalDiff, ProposalVersionView } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Public } from '../auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { CoauthorsService } from './coauthors.service';
import { ProposalHistoryService } from './proposal-history.service';
import { DiffQueryDto, InviteCoauthorDto, UpdateProposalDto } from './proposals.dto';
import { ProposalsService } from './proposals.service';

/** `:id` is the proposal's uuid or its number (#ref). */
@ApiTags('proposals')
@Controller('proposals')
export class ProposalsController {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly history: ProposalHistoryService,
    private readonly coauthors: CoauthorsService,
  ) {}

  /** Co-author invitations waiting for the signed-in person. */
  @Get('invitations')
  invitations(@Query() query: PageQueryDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<Page<CoauthorInvitation>> {
    return this.coauthors.pending(auth, query.page, query.pageSize, client.language);
  }

  /** A merged proposal answers with `mergedInto` {id, ref, title, consultationSlug}: the web redirects there. */
  @Public()
  @Get(':id')
  get(@Param('id') id: string, @CurrentAuth() auth: AuthContext | undefined, @Client() client: ClientInfo): Promise<ProposalDetail> {
    return this.proposals.get(id, auth, client.language);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() body: UpdateProposalDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ProposalDetail> {
    return this.proposals.update(id, body, auth, client.language);
  }

  @Post(':id/submit')
  @HttpCode(200)
  submit(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ProposalDetail> {
    return this.proposals.submit(id, auth, client.language);
  }

  @Post(':id/withdraw')
  @HttpCode(200)
  withdraw(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ProposalDetail> {
    return this.proposals.withdraw(id, auth, client.language);
  }

  @Public()
  @Get(':id/versions')
  versions(@Param('id') id: string, @Query() query: PageQueryDto, @CurrentAuth() auth: AuthContext | undefined, @Client() client: ClientInfo): Promise<Page<ProposalVersionView>> {
    return this.history.versions(id, query.page, query.pageSize, auth, client.language);
  }

  @Public()
  @Get(':id/versions/:version')
  version(@Param('id') id: string, @Param('version', new ParseIntPipe()) version: number, @CurrentAuth() auth: AuthContext | undefined, @Client() client: ClientInfo): Promise<ProposalVersionView> {
    return this.history.version(id, version, auth, client.language);
  }

  @Public()
  @Get(':id/diff')
  diff(@Param('id') id: string, @Query() query: DiffQueryDto, @CurrentAuth() auth: AuthContext | undefined): Promise<ProposalDiff> {
    return this.history.diff(id, query.from, query.to, query.mode ?? 'words', auth);
  }

  /** 202 whether or not the address has an account, so the form reveals nobody. */
  @Post(':id/coauthors')
  @HttpCode(202)
  async invite(@Param('id') id: string, @Body() body: InviteCoauthorDto, @CurrentAuth() auth: AuthContext): Promise<void> {
    await this.coauthors.invite(id, body.email, auth);
  }

  @Post(':id/coauthors/accept')
  @HttpCode(204)
  async accept(@Param('id') id: string, @CurrentAuth() auth: AuthContext): Promise<void> {
    await this.coauthors.accept(id, auth);
  }

  /** Decline or leave (your own id), or remove a co-author (first author). */
  @Delete(':id/coauthors/:userId')
  @HttpCode(204)
  async remove(@Param('id') id: string, @Param('userId', new ParseUUIDPipe()) userId: string, @CurrentAuth() auth: AuthContext): Promise<void> {
    await this.coauthors.remove(id, userId, auth);
  }
}
