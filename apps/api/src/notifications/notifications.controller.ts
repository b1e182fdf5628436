import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { NotificationItem, Page } from '@concordia/contracts';
import type { AuthContext } from '../auth/auth-context';
import { BlockedMayWrite, CurrentAuth } from '../auth/decorators';
import { PageQueryDto } from '../common/http/page-query.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  list(@CurrentAuth() auth: AuthContext, @Query() query: PageQueryDto): Promise<Page<NotificationItem> & { unread: number }> {
    return this.notifications.list(auth.user.id, query.page, query.pageSize);
  }

  @Get('unread-count')
  async unread(@CurrentAuth() auth: AuthContext): Promise<{ unread: number }> {
    return { unread: await this.notifications.unreadCount(auth.user.id) };
  }

  @BlockedMayWrite() @Post(':id/read') @HttpCode(204)
  async read(@CurrentAuth() auth: AuthContext, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.notifications.markRead(auth.user.id, id);
  }

  @BlockedMayWrite() @Post('read-all') @HttpCode(204)
  async readAll(@CurrentAuth() auth: AuthContext): Promise<void> {
    await this.notifications.markAllRead(auth.user.id);
  }
}
