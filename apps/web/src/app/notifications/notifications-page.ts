import { Component, ElementRef, Injector, OnInit, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { NotificationItem } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { LanguageService } from '../i18n/language.service';
import { NotificationStore } from './notification-store';
import { NotificationTextPipe, notificationTarget } from './notification-words';
import { NotificationsApi } from './notifications.api';

/** /notifications — every notice, newest first, paginated; mark one or all as read. */
@Component({
  selector: 'cc-notifications-page',
  imports: [RouterLink, MatButtonModule, MatIconModule, MatPaginatorModule, TranslatePipe, LocalDatePipe, NotificationTextPipe],
  template: `
    <section class="page notifications-page">
      <h1 #heading tabindex="-1">{{ 'notifications.heading' | translate }}</h1>
      <div class="head">
        <p class="count">{{ (unread() === 0 ? 'notifications.unreadNone' : unread() === 1 ? 'notifications.unreadOne' : 'notifications.unreadMany') | translate: { count: unread() } }}</p>
        <button mat-stroked-button type="button" [disabled]="unread() === 0 || busy()" [disabledInteractive]="true" (click)="markAll()"><mat-icon aria-hidden="true" fontIcon="done_all" />{{ 'notifications.markAll' | translate }}</button>
      </div>
      <div role="status">
        @if (feedback(); as message) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
        }
      </div>
      <div role="alert">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>

      @if (loading() && items().length === 0) {
        <p>{{ 'common.loading' | translate }}</p>
      } @else if (!loading() && items().length === 0 && !error()) {
        <p class="empty">{{ 'notifications.emptyPage' | translate }}</p>
      }
      <ul class="list">
        @for (item of items(); track item.id) {
          @let target = targetOf(item);
          <li class="notification" [class.unread]="!item.read">
            <mat-icon aria-hidden="true" [fontIcon]="icon(item)" class="kind-icon" />
            <div class="content">
              <p class="text">
                @if (!item.read) {
                  <span class="badge">{{ 'notifications.new' | translate }}</span>
                }
                @if (target) {
                  <a [routerLink]="target.path" [queryParams]="target.queryParams" [fragment]="target.fragment" (click)="read(item, false)">{{ item | notificationText: language.current() }}</a>
                } @else {
                  {{ item | notificationText: language.current() }}
                }
              </p>
              @if (item.params['note']) {
                <blockquote class="note">{{ item.params['note'] }}</blockquote>
              }
              <p class="date">{{ item.createdAt | localDate: language.current() }}</p>
            </div>
            @if (!item.read) {
              <button mat-button type="button" class="mark" (click)="read(item, true)">
                {{ 'notifications.markRead' | translate }}<span class="visually-hidden"> : {{ item | notificationText: language.current() }}</span>
              </button>
            }
          </li>
        }
      </ul>
      @if (total() > pageSize()) {
        <mat-paginator [length]="total()" [pageIndex]="page() - 1" [pageSize]="pageSize()" [pageSizeOptions]="[10, 20, 50]" (page)="onPage($event)" [attr.aria-label]="'common.pagination' | translate" />
      }
    </section>
  `,
  styles: `
    .notifications-page { max-width: 52rem; }
    .head { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between; }
    .count { margin: 0; font-weight: 500; }
    .list { list-style: none; padding: 0; margin: 1rem 0; border-top: 1px solid var(--mat-sys-outline-variant); }
    .notification { display: flex; gap: .75rem; align-items: flex-start; padding: .75rem .5rem; border-bottom: 1px solid var(--mat-sys-outline-variant); }
    .notification.unread { background: var(--mat-sys-surface-container-low); border-left: 4px solid var(--mat-sys-primary); }
    .kind-icon { flex: none; margin-top: .15rem; color: var(--mat-sys-on-surface-variant); }
    .content { flex: 1 1 auto; min-width: 0; }
    .text { margin: 0; overflow-wrap: anywhere; }
    .unread .text { font-weight: 600; }
    .badge { display: inline-block; margin-right: .4rem; padding: 0 .45rem; border-radius: 999px; background: var(--mat-sys-primary); color: var(--mat-sys-on-primary); font-size: .8rem; font-weight: 700; }
    .note { margin: .35rem 0 0; padding: .25rem .75rem; border-left: 3px solid var(--mat-sys-outline-variant); white-space: pre-wrap; overflow-wrap: anywhere; }
    .date { margin: .25rem 0 0; font-size: .875rem; color: var(--mat-sys-on-surface-variant); }
    .mark { flex: none; }
    @media (max-width: 30rem) { .notification { flex-wrap: wrap; } .mark { margin-left: 2.25rem; } }
  `,
})
export class NotificationsPage implements OnInit {
  private readonly api = inject(NotificationsApi);
  private readonly store = inject(NotificationStore);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  protected readonly language = inject(LanguageService);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly total = signal(0);
  protected readonly unread = signal(0);
  protected readonly page = signal(1);
  protected readonly pageSize = signal(20);
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly feedback = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected targetOf(item: NotificationItem) {
    return notificationTarget(item);
  }

  protected icon(item: NotificationItem): string {
    if (item.kind.startsWith('moderation.')) return 'gavel';
    if (item.kind.startsWith('committee.')) return 'groups';
    if (item.kind.startsWith('follow-up')) return 'timeline';
    return 'campaign';
  }

  protected onPage(event: PageEvent): void {
    this.page.set(event.pageIndex + 1);
    this.pageSize.set(event.pageSize);
    void this.load().then(() => focusAfterRender(() => this.heading(), this.injector));
  }

  private async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      const result = await this.api.list(this.page(), this.pageSize());
      this.items.set(result.items);
      this.total.set(result.total);
      this.unread.set(result.unread);
      this.store.setUnread(result.unread);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    } finally {
      this.loading.set(false);
    }
  }

  /** `announce`: the button says it worked; following the link needs no message. */
  protected async read(item: NotificationItem, announce: boolean): Promise<void> {
    if (item.read) return;
    const index = this.items().indexOf(item);
    try {
      await this.api.markRead(item.id);
      this.items.update((list) => list.map((n) => (n.id === item.id ? { ...n, read: true } : n)));
      this.unread.update((n) => Math.max(0, n - 1));
      this.store.setUnread(this.unread());
      if (announce) {
        this.feedback.set(this.translate.instant('notifications.markedRead'));
        // The button is gone: focus moves to the notice's link (or the heading).
        focusAfterRender(() => {
          const rows = document.querySelectorAll<HTMLElement>('.notifications-page .notification');
          return rows[index]?.querySelector<HTMLElement>('a') ?? this.heading();
        }, this.injector);
      }
    } catch (error) {
      if (announce) this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    }
  }

  protected async markAll(): Promise<void> {
    if (this.busy() || this.unread() === 0) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.api.markAllRead();
      this.items.update((list) => list.map((n) => ({ ...n, read: true })));
      this.unread.set(0);
      this.store.setUnread(0);
      this.feedback.set(this.translate.instant('notifications.allRead'));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
    }
  }
}
