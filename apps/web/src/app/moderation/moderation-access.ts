import { Injectable, computed, effect, inject, signal } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { SessionStore } from '../core/session.store';
import { ModerationApi } from './moderation.api';

/**
 * Who moderates: moderators and admins everywhere; committee members for the consultations whose
 * committee they sit on, which only the API knows (GET /api/moderation/consultations). The API
 * checks every request anyway; this decides what the navigation shows.
 */
@Injectable({ providedIn: 'root' })
export class ModerationAccess {
  private readonly session = inject(SessionStore);
  private readonly api = inject(ModerationApi);
  /** For committee-only accounts: how many consultations they moderate (null: not asked yet). */
  private readonly committeeScope = signal<{ userId: string; count: number } | null>(null);
  private pending: Promise<boolean> | null = null;

  readonly canModerate = computed(() => {
    const me = this.session.me();
    if (!me) return false;
    if (me.roles.includes('moderator') || me.roles.includes('admin')) return true;
    if (!me.roles.includes('committee')) return false;
    const scope = this.committeeScope();
    return scope?.userId === me.id && scope.count > 0;
  });

  constructor() {
    effect(() => {
      const me = this.session.me();
      if (me && me.roles.includes('committee') && this.committeeScope()?.userId !== me.id) void this.check();
    });
  }

  /** Resolves once known whether the signed-in person moderates something. */
  check(): Promise<boolean> {
    const me = this.session.me();
    if (!me) return Promise.resolve(false);
    if (me.roles.includes('moderator') || me.roles.includes('admin')) return Promise.resolve(true);
    if (!me.roles.includes('committee')) return Promise.resolve(false);
    const known = this.committeeScope();
    if (known?.userId === me.id) return Promise.resolve(known.count > 0);
    this.pending ??= this.api
      .consultations()
      .then((list) => list.length)
      .catch(() => 0)
      .then((count) => {
        this.committeeScope.set({ userId: me.id, count });
        this.pending = null;
        return count > 0;
      });
    return this.pending;
  }
}

/** The moderation pages: moderators, admins, and committee members who moderate a consultation. */
export const moderationGuard: CanActivateFn = async (_route, state) => {
  const session = inject(SessionStore);
  const router = inject(Router);
  const access = inject(ModerationAccess);
  if (!session.signedIn()) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  return (await access.check()) || router.createUrlTree(['/account']);
};
