import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ConsultationResults, RevisionRoundStarted } from '@concordia/contracts';
import { Public, Roles } from '../auth/decorators';
import { ResultsService } from './results.service';
import { RevisionRoundService } from './revision-round.service';
import { ResultsQueryDto } from './votes.dto';

/** A consultation's results, and the revision round that acts on them. */
@ApiTags('votes')
@Controller('consultations/:slug')
export class ConsultationResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly revisions: RevisionRoundService,
  ) {}

  /** Every proposal of a round, best first, with the majority-judgment ranking; sealed like each proposal's. */
  @Public()
  @Get('results')
  list(@Param('slug') slug: string, @Query() query: ResultsQueryDto): Promise<ConsultationResults> {
    return this.results.forConsultation(slug, query.page, query.pageSize, query.round);
  }

  /** After voting closes: proposals at or below the threshold go back to their authors, and voting reopens. */
  @Roles('admin')
  @Post('revision-round')
  @HttpCode(200)
  startRevisionRound(@Param('slug') slug: string): Promise<RevisionRoundStarted> {
    return this.revisions.start(slug);
  }
}
