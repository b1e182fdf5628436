import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommitteeBallotView, CommitteeVoteStatus } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import type { ClientInfo } from '../../auth/auth.service';
import { Client } from '../../auth/client-info';
import { CurrentAuth, Roles } from '../../auth/decorators';
import { CommitteeBallotDto } from '../committee.dto';
import { CommitteeVoteService } from './committee-vote.service';

/** The committee vote on one proposal under review (`:id` is its uuid or number). */
@ApiTags('committee')
@Controller('proposals/:id/committee')
export class CommitteeBallotsController {
  constructor(private readonly votes: CommitteeVoteService) {}

  /** Casts or changes the reader's own ballot (members of this consultation's committee, while the vote is open). */
  @Roles('committee')
  @Put('ballot')
  cast(
    @Param('id') id: string,
    @Body() body: CommitteeBallotDto,
    @CurrentAuth() auth: AuthContext,
    @Client() client: ClientInfo,
  ): Promise<CommitteeBallotView> {
    return this.votes.cast(id, auth, body, client.language);
  }

  @Roles('committee')
  @Get('ballot')
  mine(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<CommitteeBallotView> {
    return this.votes.mine(id, auth, client.language);
  }

  @Roles('committee')
  @Delete('ballot')
  @HttpCode(204)
  withdraw(@Param('id') id: string, @CurrentAuth() auth: AuthContext): Promise<void> {
    return this.votes.withdraw(id, auth);
  }

  /** Everyone's ballots with names and reasons: 403 while the vote is open, for everyone. */
  @Roles('committee', 'admin')
  @Get('ballots')
  all(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<CommitteeBallotView[]> {
    return this.votes.all(id, auth, client.language);
  }

  @Roles('committee', 'admin')
  @Get('vote')
  status(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<CommitteeVoteStatus> {
    return this.votes.status(id, auth, client.language);
  }

  /** The chair only; 409 without quorum, with how many ballots are missing. */
  @Roles('committee')
  @Post('vote/close')
  @HttpCode(200)
  close(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<CommitteeVoteStatus> {
    return this.votes.close(id, auth, client.language);
  }
}
