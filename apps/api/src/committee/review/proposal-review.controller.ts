import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommitteeNoteView, Page, ReviewDetail } from '@concordia/contracts';
import type { AuthContext } from '../../auth/auth-context';
import type { ClientInfo } from '../../auth/auth.service';
import { Client } from '../../auth/client-info';
import { CurrentAuth, Roles } from '../../auth/decorators';
import { PageQueryDto } from '../../common/http/page-query.dto';
import { CommitteeNoteDto, RapporteurDto } from '../committee.dto';
import { NotesService } from '../notes/notes.service';
import { ReviewWorkspaceService } from './review-workspace.service';

/** One proposal under review (`:id` is its uuid or number): its review page, rapporteur and private notes. */
@ApiTags('committee')
@Controller('proposals/:id/committee')
export class ProposalReviewController {
  constructor(
    private readonly workspace: ReviewWorkspaceService,
    private readonly notes: NotesService,
  ) {}

  @Roles('committee', 'admin')
  @Get()
  detail(@Param('id') id: string, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<ReviewDetail> {
    return this.workspace.detail(id, auth, client.language);
  }

  /** The chair only. */
  @Roles('committee')
  @Put('rapporteur')
  rapporteur(
    @Param('id') id: string,
    @Body() body: RapporteurDto,
    @CurrentAuth() auth: AuthContext,
    @Client() client: ClientInfo,
  ): Promise<ReviewDetail> {
    return this.workspace.setRapporteur(id, body.userId, auth, client.language);
  }

  /** Committee members of this consultation only (admins included in the refusal): never public, never exported. */
  @Roles('committee')
  @Get('notes')
  listNotes(
    @Param('id') id: string,
    @Query() query: PageQueryDto,
    @CurrentAuth() auth: AuthContext,
    @Client() client: ClientInfo,
  ): Promise<Page<CommitteeNoteView>> {
    return this.notes.list(id, auth, query.page, query.pageSize, client.language);
  }

  @Roles('committee')
  @Post('notes')
  addNote(
    @Param('id') id: string,
    @Body() body: CommitteeNoteDto,
    @CurrentAuth() auth: AuthContext,
    @Client() client: ClientInfo,
  ): Promise<CommitteeNoteView> {
    return this.notes.create(id, auth, body.body, client.language);
  }
}
