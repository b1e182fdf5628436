import { Injectable } from '@nestjs/common';
import type { NotificationItem, Page } from '@concordia/contracts';
import type { EntityManager } from 'typeorm';
import { AppException } from '../common/http/app-exception';
import { MailService, Mail } from '../mail/mail.service';
import { NewNotification, NotificationsRepository } from './notifications.repository';

/**
 * What other features call to tell people something: an in-app notification, and the same news by
 * e-mail when the caller provides one. Both are written in the caller's transaction when given,
 * so a decision and the notice of it are stored together or not at all.
 */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository, private readonly mail: MailService) {}

  async notify(items: (NewNotification & { email?: Mail })[], manager?: EntityManager): Promise<void> {
    await this.notifications.insertMany(items, manager);
    for (const item of items) if (item.email) await this.mail.enqueue(item.email, manager);
  }

  async list(userId: string, page: number, pageSize: number): Promise<Page<NotificationItem> & { unread: number }> {
    const [items, total] = await this.notifications.page(userId, page, pageSize);
    return {
      items: items.map((n) => ({ id: n.id, kind: n.kind, params: n.params, link: n.link, createdAt: n.createdAt.toISOString(), read: !!n.readAt })),
      page,
      pageSize,
      total,
      unread: await this.notifications.unreadCount(userId),
    };
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.unreadCount(userId);
  }

  async markRead(userId: string, id: string): Promise<void> {
    if (!(await this.notifications.markRead(userId, id))) throw new AppException(404, 'notifications.not-found');
  }

  markAllRead(userId: string): Promise<void> {
    return this.notifications.markAllRead(userId);
  }
}
