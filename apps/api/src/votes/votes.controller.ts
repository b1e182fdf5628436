import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MyBallot, ProposalResults, RevisionCreated } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import { CurrentAuth, Public } from '../auth/decorators';
import { ResultsService } from './results.service';
import { RevisionRoundService } from './revision-round.service';
import { CastBallotDto, RevisionDto } from './votes.dto';
import { VotesService } from './votes.service';

/** A citizen's ballot on one proposal, and the proposal's public results. */
@ApiTags('votes')
@Controller('proposals/:id')
export class VotesController {
  constructor(
    private readonly votes: VotesService,
    private readonly results: ResultsService,
    private readonly revisions: RevisionRoundService,
  ) {}

  /** Casts or changes: {support: true} | {choice} | {grade}, by the consultation's method. */
  @Put('vote')
  @HttpCode(200)
  cast(@Param('id', new ParseUUIDPipe()) id: string, @CurrentAuth() auth: AuthContext, @Body() body: CastBallotDto): Promise<MyBallot> {
    return this.votes.cast(id, auth, body);
  }

  /** Open ballots only, while voting is open. */
  @Delete('vote')
  @HttpCode(204)
  async retract(@Param('id', new ParseUUIDPipe()) id: string, @CurrentAuth() auth: AuthContext): Promise<void> {
    await this.votes.retract(id, auth);
  }

  /** My open ballot; for a secret ballot only whether I have voted. */
  @Get('vote')
  mine(@Param('id', new ParseUUIDPipe()) id: string, @CurrentAuth() auth: AuthContext): Promise<MyBallot> {
    return this.votes.mine(id, auth);
  }

  @Public()
  @Get('results')
  proposalResults(@Param('id', new ParseUUIDPipe()) id: string): Promise<ProposalResults> {
    return this.results.forProposal(id);
  }

  /** The new version of a proposal sent back by a revision round, by one of its authors. */
  @Post('revisions')
  @HttpCode(201)
  revise(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentAuth() auth: AuthContext,
    @Body() body: RevisionDto,
  ): Promise<RevisionCreated> {
    return this.revisions.submit(id, auth, body);
  }
}
