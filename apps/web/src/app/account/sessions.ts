import { Component, ElementRef, Injector, OnInit, inject, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Router } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { SessionInfo } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { LocalDatePipe } from '../core/local-date.pipe';
import { SessionStore } from '../core/session.store';
import { describeUserAgent } from '../core/user-agent';
import { LanguageService } from '../i18n/language.service';

interface SessionRow extends SessionInfo {
  /** A translation key and its parameters, so the label follows a language switch. */
  device: { key: string; params: Record<string, string> };
}

@Component({
  selector: 'cc-sessions',
  imports: [MatButtonModule, MatIconModule, TranslatePipe, LocalDatePipe],
  template: `
    <section class="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading" #heading tabindex="-1">{{ 'account.sessions.heading' | translate }}</h2>
      <p>{{ 'account.sessions.intro' | translate }}</p>
      <div role="status">
        @if (status(); as key) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ key | translate }}</span></p>
        }
      </div>
      <div #errorSummary role="alert" tabindex="-1">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
      @if (sessions(); as list) {
        <ul class="sessions" role="list">
          @for (s of list; track s.id) {
            <li class="session" [class.current]="s.current">
              <div class="device">
                <mat-icon aria-hidden="true" [fontIcon]="s.current ? 'smartphone' : 'devices'" />
                <strong>{{ s.device.key | translate: s.device.params }}</strong>
                @if (s.current) {
                  <span class="badge">{{ 'account.sessions.thisDevice' | translate }}</span>
                }
              </div>
              @if (s.userAgent) {
                <p class="ua">{{ s.userAgent }}</p>
              }
              <dl class="times">
                <div><dt>{{ 'account.sessions.created' | translate }}</dt><dd>{{ s.createdAt | localDate: language.current() }}</dd></div>
                <div><dt>{{ 'account.sessions.lastSeen' | translate }}</dt><dd>{{ s.lastSeenAt | localDate: language.current() }}</dd></div>
              </dl>
              <button mat-stroked-button type="button" (click)="revoke(s)">
                {{ 'account.sessions.revoke' | translate }}<span class="visually-hidden"> ({{ 'account.sessions.revokeContext' | translate: { device: (s.device.key | translate: s.device.params), date: (s.createdAt | localDate: language.current()) } }})</span>
              </button>
            </li>
          }
        </ul>
      } @else if (!error()) {
        <p>{{ 'common.loading' | translate }}</p>
      }
    </section>
  `,
  styleUrl: './sessions.scss',
})
export class Sessions implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly language = inject(LanguageService);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly sessions = signal<SessionRow[] | null>(null);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  private busy = false;

  ngOnInit(): void {
    void this.load();
  }

  /** Also called after a password change, which ends the other sessions. */
  async load(): Promise<void> {
    try {
      const list = await firstValueFrom(this.http.get<SessionInfo[]>('/api/auth/sessions'));
      // This device first, then the most recently active.
      list.sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt));
      this.sessions.set(list.map((s) => ({ ...s, device: this.describe(s.userAgent) })));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.loadError')));
    }
  }

  protected async revoke(target: SessionRow): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.status.set(null);
    this.error.set(null);
    try {
      await firstValueFrom(this.http.delete(`/api/auth/sessions/${encodeURIComponent(target.id)}`));
      if (target.current) {
        // Ending this device's session signs this browser out.
        this.session.set(null);
        await this.router.navigateByUrl('/sign-in');
        return;
      }
      this.sessions.update((list) => list?.filter((s) => s.id !== target.id) ?? null);
      this.status.set('account.sessions.revoked');
      focusAfterRender(() => this.heading(), this.injector);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.busy = false;
    }
  }

  private describe(userAgent: string | null): SessionRow['device'] {
    const { browser, os } = describeUserAgent(userAgent);
    if (browser && os) return { key: 'account.sessions.browserOn', params: { browser, os } };
    if (browser || os) return { key: 'account.sessions.deviceName', params: { name: (browser ?? os) as string } };
    return { key: 'account.sessions.unknownDevice', params: {} };
  }
}
