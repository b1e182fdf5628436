import { Component, OnInit, inject, input, signal } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { ResendVerification } from './resend-verification';

/** The page the e-mailed link opens: /verify-email?token=… */
@Component({
  selector: 'cc-verify-email',
  imports: [RouterLink, MatButtonModule, MatIconModule, TranslatePipe, ResendVerification],
  template: `
    <section class="page narrow">
      <h1>{{ 'auth.verify.heading' | translate }}</h1>
      <div role="status">
        @if (state() === 'pending') {
          <p>{{ 'auth.verify.pending' | translate }}</p>
        } @else if (state() === 'done') {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ 'auth.verify.success' | translate }}</span></p>
        }
      </div>
      @if (state() === 'done') {
        <div class="actions"><a mat-flat-button routerLink="/sign-in">{{ 'auth.signIn.submit' | translate }}</a></div>
      }
      <div role="alert">
        @if (state() === 'error') {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ error() }}</span></p>
        }
      </div>
      @if (state() === 'error') {
        <h2>{{ 'auth.verify.askNewHeading' | translate }}</h2>
        <p>{{ 'auth.verify.askNewIntro' | translate }}</p>
        <cc-resend-verification />
      }
    </section>
  `,
})
export class VerifyEmail implements OnInit {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  /** From the query string (router input binding). */
  readonly token = input<string | undefined>();
  protected readonly state = signal<'pending' | 'done' | 'error'>('pending');
  protected readonly error = signal('');

  async ngOnInit(): Promise<void> {
    const token = this.token();
    if (!token) {
      this.error.set(this.translate.instant('auth.verify.missingToken'));
      this.state.set('error');
      return;
    }
    try {
      await firstValueFrom(this.http.post('/api/auth/verify-email', { token }));
      this.state.set('done');
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      this.state.set('error');
    }
  }
}
