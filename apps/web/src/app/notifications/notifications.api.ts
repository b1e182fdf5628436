import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { NotificationItem, Page } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

export type NotificationPage = Page<NotificationItem> & { unread: number };

@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(page: number, pageSize: number): Promise<NotificationPage> {
    return firstValueFrom(this.http.get<NotificationPage>('/api/notifications', { params: { page, pageSize } }));
  }

  unreadCount(): Promise<number> {
    return firstValueFrom(this.http.get<{ unread: number }>('/api/notifications/unread-count')).then((body) => body.unread);
  }

  markRead(id: string): Promise<void> {
    return firstValueFrom(this.http.post<void>(`/api/notifications/${encodeURIComponent(id)}/read`, {}));
  }

  markAllRead(): Promise<void> {
    return firstValueFrom(this.http.post<void>('/api/notifications/read-all', {}));
  }
}
