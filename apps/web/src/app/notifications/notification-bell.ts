import { Component, ViewEncapsulation, computed, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { NotificationItem } from '@concordia/contracts';
import { LocalDatePipe } from '../core/local-date.pipe';
import { LanguageService } from '../i18n/language.service';
import { NotificationStore } from './notification-store';
import { NotificationTextPipe, notificationTarget } from './notification-words';

/**
 * The header's notification centre: a bell whose name says how many are unread ("Notifications,
 * 3 non lues"), opening a menu of the latest notices (opening one marks it read), "mark all as
 * read" and "see all". The menu is Material's: arrow keys, Escape, focus back on the bell.
 */
@Component({
  selector: 'cc-notification-bell',
  imports: [NgTemplateOutlet, RouterLink, MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, TranslatePipe, LocalDatePipe, NotificationTextPipe],
  encapsulation: ViewEncapsulation.None,
  template: `
    <button mat-icon-button type="button" class="cc-bell" [matMenuTriggerFor]="menu" (menuOpened)="opened()" [attr.aria-label]="label()">
      <mat-icon aria-hidden="true" [fontIcon]="store.unread() ? 'notifications_active' : 'notifications'" />
      @if (store.unread()) {
        <span class="cc-bell-badge" aria-hidden="true">{{ store.unread() > 99 ? '99+' : store.unread() }}</span>
      }
    </button>
    <mat-menu #menu="matMenu" class="cc-notifications-menu" xPosition="before" [aria-label]="'notifications.menuTitle' | translate">
      <p class="cc-notifications-title" aria-hidden="true">{{ 'notifications.menuTitle' | translate }}</p>
      @if (!store.latestLoaded()) {
        <button mat-menu-item type="button" disabled>{{ 'common.loading' | translate }}</button>
      } @else if (store.latestError()) {
        <button mat-menu-item type="button" disabled>{{ 'common.loadError' | translate }}</button>
      } @else if (store.latest().length === 0) {
        <button mat-menu-item type="button" disabled>{{ 'notifications.empty' | translate }}</button>
      }
      @for (item of store.latest(); track item.id) {
        @let target = targetOf(item);
        @if (target) {
          <a mat-menu-item class="cc-notification" [class.cc-unread]="!item.read" [routerLink]="target.path" [queryParams]="target.queryParams" [fragment]="target.fragment" (click)="read(item)">
            <ng-container *ngTemplateOutlet="line; context: { $implicit: item }" />
          </a>
        } @else {
          <button mat-menu-item type="button" class="cc-notification" [class.cc-unread]="!item.read" (click)="read(item)">
            <ng-container *ngTemplateOutlet="line; context: { $implicit: item }" />
          </button>
        }
      }
      <mat-divider />
      <button mat-menu-item type="button" [disabled]="!store.unread()" (click)="markAll()">
        <mat-icon aria-hidden="true" fontIcon="done_all" />{{ 'notifications.markAll' | translate }}
      </button>
      <a mat-menu-item routerLink="/notifications"><mat-icon aria-hidden="true" fontIcon="list" />{{ 'notifications.seeAll' | translate }}</a>
    </mat-menu>
    <ng-template #line let-item>
      <span class="cc-notification-text">
        @if (!item.read) {
          <span class="cc-unread-dot" aria-hidden="true"></span><span class="visually-hidden">{{ 'notifications.unreadPrefix' | translate }} </span>
        }
        {{ item | notificationText: language.current() }}
        <span class="cc-notification-date">{{ item.createdAt | localDate: language.current() }}</span>
      </span>
    </ng-template>
    <span class="visually-hidden" role="status">{{ said() }}</span>
  `,
  styles: `
    cc-notification-bell { display: inline-flex; }
    .cc-bell { position: relative; }
    .cc-bell-badge {
      position: absolute; top: 2px; right: 0; min-width: 1.25rem; height: 1.25rem; padding: 0 .3rem; box-sizing: border-box;
      border-radius: 999px; background: var(--mat-sys-error); color: var(--mat-sys-on-error);
      font-size: .75rem; font-weight: 700; line-height: 1.25rem; text-align: center; pointer-events: none;
    }
    .cc-notifications-menu.mat-mdc-menu-panel { max-width: min(26rem, calc(100vw - 1.5rem)); width: 26rem; }
    .cc-notifications-title { margin: .25rem 1rem .5rem; font-weight: 700; }
    .cc-notifications-menu .cc-notification.mat-mdc-menu-item { white-space: normal; height: auto; min-height: 48px; padding-top: .5rem; padding-bottom: .5rem; align-items: flex-start; }
    .cc-notifications-menu .cc-notification .mat-mdc-menu-item-text { white-space: normal; }
    .cc-notification-text { display: block; line-height: 1.35; overflow-wrap: anywhere; }
    .cc-unread .cc-notification-text { font-weight: 600; }
    .cc-unread-dot { display: inline-block; width: .6rem; height: .6rem; margin-right: .4rem; border-radius: 50%; background: var(--mat-sys-primary); vertical-align: .05em; }
    .cc-notification-date { display: block; font-size: .85rem; font-weight: normal; color: var(--mat-sys-on-surface-variant); margin-top: .15rem; }
  `,
})
export class NotificationBell {
  protected readonly store = inject(NotificationStore);
  protected readonly language = inject(LanguageService);
  private readonly translate = inject(TranslateService);
  protected readonly said = signal('');

  protected readonly label = computed(() => {
    const count = this.store.unread();
    this.language.current();
    const key = count === 0 ? 'notifications.bellNone' : count === 1 ? 'notifications.bellOne' : 'notifications.bellMany';
    return this.translate.instant(key, { count });
  });

  protected targetOf(item: NotificationItem) {
    return notificationTarget(item);
  }

  protected opened(): void {
    void this.store.loadLatest();
  }

  protected read(item: NotificationItem): void {
    void this.store.markRead(item).catch(() => undefined);
  }

  protected async markAll(): Promise<void> {
    try {
      await this.store.markAllRead();
      this.said.set(this.translate.instant('notifications.allRead'));
    } catch {
      this.said.set(this.translate.instant('common.networkError'));
    }
  }
}
