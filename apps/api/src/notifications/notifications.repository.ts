import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { NotificationEntity } from './notification.entity';

export interface NewNotification {
  userId: string;
  kind: string;
  params?: Record<string, string | number>;
  link?: string | null;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private repo(manager: EntityManager = this.db.manager) {
    return manager.getRepository(NotificationEntity);
  }

  async insertMany(notifications: NewNotification[], manager?: EntityManager): Promise<void> {
    if (notifications.length === 0) return;
    await this.repo(manager).insert(notifications.map((n) => ({ userId: n.userId, kind: n.kind, params: n.params ?? {}, link: n.link ?? null })));
  }

  page(userId: string, page: number, pageSize: number) {
    return this.repo().findAndCount({ where: { userId }, order: { createdAt: 'DESC', id: 'ASC' }, skip: (page - 1) * pageSize, take: pageSize });
  }

  unreadCount(userId: string): Promise<number> {
    return this.repo().countBy({ userId, readAt: IsNull() });
  }

  async markRead(userId: string, id: string): Promise<boolean> {
    const result = await this.repo().update({ id, userId }, { readAt: () => 'coalesce(read_at, now())' } as never);
    return (result.affected ?? 0) > 0;
  }

  async markAllRead(userId: string): Promise<void> {
    await this.repo().update({ userId, readAt: IsNull() }, { readAt: new Date() });
  }
}
