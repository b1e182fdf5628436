import { Component, ElementRef, inject, viewChild } from '@angular/core';
import { NavigationEnd, Router, RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatMenuModule } from '@angular/material/menu';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';
import { HttpClient } from '@angular/common/http';
import { filter, firstValueFrom } from 'rxjs';
import { LanguageService } from '../i18n/language.service';
import { SessionStore } from '../core/session.store';
import { ModerationAccess } from '../moderation/moderation-access';
import { NotificationBell } from '../notifications/notification-bell';

/** Skip link, header with navigation and language switch, main landmark, footer (RGAA 12). */
@Component({
  selector: 'cc-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatButtonModule, MatToolbarModule, MatMenuModule, MatIconModule, TranslatePipe, NotificationBell],
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  protected readonly language = inject(LanguageService);
  protected readonly session = inject(SessionStore);
  protected readonly moderation = inject(ModerationAccess);
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    // After each navigation, move focus to the main content so screen readers start there.
    let first = true;
    this.router.events.pipe(filter((event) => event instanceof NavigationEnd)).subscribe(() => {
      if (first) {
        first = false;
        return;
      }
      queueMicrotask(() => this.main().nativeElement.focus({ preventScroll: true }));
    });
  }

  protected toggleLanguage(): void {
    const language = this.language.current() === 'fr' ? 'en' : 'fr';
    this.language.use(language);
    // Signed in, the switch is also the account's preference (used for e-mails and on other devices).
    const me = this.session.me();
    if (me && me.language !== language) {
      this.session.set({ ...me, language });
      firstValueFrom(this.http.put('/api/auth/me/language', { language })).catch(() => undefined);
    }
  }

  protected skipToContent(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  protected async signOut(): Promise<void> {
    await firstValueFrom(this.http.post('/api/auth/logout', {})).catch(() => undefined);
    this.session.set(null);
    await this.router.navigateByUrl('/');
  }
}
