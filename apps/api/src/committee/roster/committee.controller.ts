import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommitteeView, ReviewOpened, ReviewPage } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import type { ClientInfo } from '../../auth/auth.service';
import { Client } from '../../auth/client-info';
import { CurrentAuth, Roles } from '../../auth/decorators';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { SetCommitteeDto } from '../committee.dto';
import { ReviewWorkspaceService } from '../review/review-workspace.service';
import { CommitteeService } from './committee.service';

/** A consultation's committee: roster and rules, the opening of the review, the review workspace. */
@ApiTags('committee')
@Controller('consultations/:slug/committee')
export class CommitteeController {
  constructor(
    private readonly committee: CommitteeService,
    private readonly workspace: ReviewWorkspaceService,
  ) {}

  /** Committee members of this consultation and admins. Opens the review when due (see ReviewOpening). */
  @Roles('committee', 'admin')
  @Get()
  view(@Param('slug') slug: string, @CurrentAuth() auth: AuthContext): Promise<CommitteeView> {
    return this.committee.view(slug, auth);
  }

  @Roles('admin')
  @Put()
  set(@Param('slug') slug: string, @Body() body: SetCommitteeDto, @CurrentAuth() auth: AuthContext): Promise<CommitteeView> {
    return this.committee.set(slug, body, auth);
  }

  /** The chair or an admin, in committee_review: the review rule selects the proposals (idempotent). */
  @Roles('committee', 'admin')
  @Post('review')
  @HttpCode(200)
  openReview(@Param('slug') slug: string, @CurrentAuth() auth: AuthContext): Promise<ReviewOpened> {
    return this.committee.openReview(slug, auth);
  }

  /** The proposals under review, by number, with citizens' results, rapporteur, vote status and response status. */
  @Roles('committee', 'admin')
  @Get('reviews')
  reviews(
    @Param('slug') slug: string,
    @Query() query: PageQueryDto,
    @CurrentAuth() auth: AuthContext,
    @Client() client: ClientInfo,
  ): Promise<ReviewPage> {
    return this.workspace.page(slug, auth, query.page, query.pageSize, client.language);
  }
}
