import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CommentsPage, CommentView, Page } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import type { ClientInfo } from '../auth/auth.service';
import { Client } from '../auth/client-info';
import { CurrentAuth, Public } from '../auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { CommentsQueryDto, CreateCommentDto, UpdateCommentDto } from './comments.dto';
import { CommentsService } from './comments.service';

@ApiTags('comments')
@Controller()
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  /** Top-level comments page by page, each with its replies, plus the counts per stance. */
  @Public()
  @Get('proposals/:id/comments')
  list(@Param('id') id: string, @Query() query: CommentsQueryDto, @CurrentAuth() auth: AuthContext | undefined, @Client() client: ClientInfo): Promise<CommentsPage> {
    return this.comments.list(id, query, auth, client.language);
  }

  @Post('proposals/:id/comments')
  create(@Param('id') id: string, @Body() body: CreateCommentDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<CommentView> {
    return this.comments.create(id, body, auth, client.language);
  }

  /** Direct replies of one comment, page by page (for threads longer than the list shows). */
  @Public()
  @Get('comments/:id/replies')
  replies(@Param('id') id: string, @Query() query: PageQueryDto, @CurrentAuth() auth: AuthContext | undefined, @Client() client: ClientInfo): Promise<Page<CommentView>> {
    return this.comments.replies(id, query.page, query.pageSize, auth, client.language);
  }

  @Patch('comments/:id')
  update(@Param('id') id: string, @Body() body: UpdateCommentDto, @CurrentAuth() auth: AuthContext, @Client() client: ClientInfo): Promise<CommentView> {
    return this.comments.update(id, body, auth, client.language);
  }

  @Delete('comments/:id')
  @HttpCode(204)
  async delete(@Param('id') id: string, @CurrentAuth() auth: AuthContext): Promise<void> {
    await this.comments.delete(id, auth);
  }
}
