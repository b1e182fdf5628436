import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { Me } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';

/** Who is signed in, as a signal every component can read. */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly http = inject(HttpClient);
  readonly me = signal<Me | null>(null);
  readonly signedIn = computed(() => this.me() !== null);
  readonly isAdmin = computed(() => this.me()?.roles.includes('admin') ?? false);
  readonly isCommittee = computed(() => this.me()?.roles.includes('committee') ?? false);

  /** Also fetches the XSRF-TOKEN cookie before any form is sent. */
  async refresh(): Promise<void> {
    await firstValueFrom(this.http.get('/api/auth/csrf')).catch(() => undefined);
    const me = await firstValueFrom(this.http.get<Me>('/api/auth/me')).catch(() => null);
    this.me.set(me);
  }

  set(me: Me | null): void {
    this.me.set(me);
  }
}
