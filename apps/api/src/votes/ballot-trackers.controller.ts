import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { BallotTrackerCheck, BallotTrackerList } from '@concordia/contracts';
import { Public } from '../auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { BallotTrackersService } from './ballot-trackers.service';

/** The published list of secret ballot trackers, and the check a voter makes of their own. */
@ApiTags('votes')
@Controller('consultations/:slug/ballot-trackers')
export class BallotTrackersController {
  constructor(private readonly trackers: BallotTrackersService) {}

  @Public()
  @Get()
  list(@Param('slug') slug: string, @Query() query: PageQueryDto): Promise<BallotTrackerList> {
    return this.trackers.list(slug, query.page, query.pageSize);
  }

  @Public()
  @Get(':tracker')
  check(@Param('slug') slug: string, @Param('tracker') tracker: string): Promise<BallotTrackerCheck> {
    // Read by the domain's normaliser, which refuses anything that is not a tracker (400).
    return this.trackers.check(slug, tracker);
  }
}
