import { DOCUMENT, DestroyRef, Injectable, effect, inject, signal } from '@angular/core';
import { NavigationEnd, Router } from '@angular/router';
import type { NotificationItem } from '@concordia/contracts';
import { filter } from 'rxjs';
import { SessionStore } from '../core/session.store';
import { NotificationsApi } from './notifications.api';

const POLL_MS = 60_000;
/** Navigations in a burst (a redirect, a guard) ask once. */
const MIN_GAP_MS = 2_000;
export const LATEST_COUNT = 8;

/**
 * The unread count and the latest notices for the header: asked every 60 s while signed in and
 * the page is visible, after each navigation, and when the tab comes back into view.
 */
@Injectable({ providedIn: 'root' })
export class NotificationStore {
  private readonly api = inject(NotificationsApi);
  private readonly session = inject(SessionStore);
  private readonly document = inject(DOCUMENT);

  readonly unread = signal(0);
  readonly latest = signal<NotificationItem[]>([]);
  readonly latestLoaded = signal(false);
  readonly latestError = signal(false);
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastAsked = 0;
  private userId: string | null = null;

  constructor() {
    const router = inject(Router);
    effect(() => {
      const me = this.session.me();
      const id = me?.id ?? null;
      if (id === this.userId) return;
      this.userId = id;
      this.stop();
      this.unread.set(0);
      this.latest.set([]);
      this.latestLoaded.set(false);
      if (id) this.start();
    });
    const navigations = router.events.pipe(filter((event) => event instanceof NavigationEnd)).subscribe(() => void this.refreshCount());
    const onVisible = () => {
      if (this.document.visibilityState === 'visible') void this.refreshCount(true);
    };
    this.document.addEventListener('visibilitychange', onVisible);
    inject(DestroyRef).onDestroy(() => {
      this.stop();
      navigations.unsubscribe();
      this.document.removeEventListener('visibilitychange', onVisible);
    });
  }

  private start(): void {
    void this.refreshCount(true);
    this.timer = setInterval(() => {
      if (this.document.visibilityState !== 'hidden') void this.refreshCount(true);
    }, POLL_MS);
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  async refreshCount(force = false): Promise<void> {
    if (!this.userId) return;
    const now = Date.now();
    if (!force && now - this.lastAsked < MIN_GAP_MS) return;
    this.lastAsked = now;
    const asker = this.userId;
    try {
      const unread = await this.api.unreadCount();
      if (asker !== this.userId) return;
      const changed = unread !== this.unread();
      this.unread.set(unread);
      // The menu opens on a list that is already there.
      if (changed || !this.latestLoaded()) void this.loadLatest();
    } catch {
      // Signed out elsewhere, or offline: the next poll tries again.
    }
  }

  /** The latest notices, for the header's menu. */
  async loadLatest(): Promise<void> {
    if (!this.userId) return;
    this.latestError.set(false);
    try {
      const page = await this.api.list(1, LATEST_COUNT);
      this.latest.set(page.items);
      this.unread.set(page.unread);
    } catch {
      this.latestError.set(true);
    } finally {
      this.latestLoaded.set(true);
    }
  }

  async markRead(item: NotificationItem): Promise<void> {
    if (item.read) return;
    await this.api.markRead(item.id);
    this.latest.update((list) => list.map((n) => (n.id === item.id ? { ...n, read: true } : n)));
    this.unread.update((n) => Math.max(0, n - 1));
  }

  async markAllRead(): Promise<void> {
    await this.api.markAllRead();
    this.latest.update((list) => list.map((n) => ({ ...n, read: true })));
    this.unread.set(0);
  }

  /** After the /notifications page changed something, the header follows. */
  setUnread(count: number): void {
    this.unread.set(count);
    void this.loadLatest();
  }
}
