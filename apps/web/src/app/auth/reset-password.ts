import { Component, ElementRef, Injector, inject, input, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ResetPasswordRequest } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid, httpStatus } from '../core/forms';
import { passwordPolicy } from '../core/password-policy';
import { SessionStore } from '../core/session.store';

/** The page the e-mailed reset link opens: /reset-password?token=… */
@Component({
  selector: 'cc-reset-password',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe],
  template: `
    <section class="page narrow">
      @if (done()) {
        <h1 #doneHeading tabindex="-1">{{ 'auth.reset.doneHeading' | translate }}</h1>
        <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ 'auth.reset.doneText' | translate }}</span></p>
        <div class="actions"><a mat-flat-button routerLink="/sign-in">{{ 'auth.signIn.submit' | translate }}</a></div>
      } @else {
        <h1>{{ 'auth.reset.heading' | translate }}</h1>
        <div #errorSummary role="alert" tabindex="-1">
          @if (serverError(); as message) {
            <div class="message error">
              <mat-icon aria-hidden="true" fontIcon="error" />
              <div>
                <p>{{ message }}</p>
                @if (tokenProblem()) {
                  <p><a routerLink="/forgot-password">{{ 'auth.reset.askNew' | translate }}</a></p>
                }
              </div>
            </div>
          }
        </div>
        @if (token()) {
          <p>{{ 'auth.reset.intro' | translate }}</p>
          <form class="form" [formGroup]="form" (ngSubmit)="submit()" #formElement novalidate>
            <mat-form-field appearance="outline">
              <mat-label>{{ 'auth.reset.newPassword' | translate }}</mat-label>
              <input matInput [type]="showPassword() ? 'text' : 'password'" formControlName="password" autocomplete="new-password" required />
              <button mat-icon-button matSuffix type="button" (click)="showPassword.set(!showPassword())" [attr.aria-pressed]="showPassword()" [attr.aria-label]="'auth.reset.showNewPassword' | translate">
                <mat-icon aria-hidden="true" [fontIcon]="showPassword() ? 'visibility_off' : 'visibility'" />
              </button>
              <mat-hint>{{ 'auth.passwordHint' | translate }}</mat-hint>
              @if (form.controls.password.hasError('required')) {
                <mat-error>{{ 'auth.errors.passwordRequired' | translate }}</mat-error>
              } @else if (form.controls.password.getError('passwordTooShort'); as e) {
                <mat-error>{{ 'auth.errors.passwordTooShort' | translate: e }}</mat-error>
              } @else if (form.controls.password.getError('passwordTooLong'); as e) {
                <mat-error>{{ 'auth.errors.passwordTooLong' | translate: e }}</mat-error>
              } @else if (form.controls.password.getError('server'); as message) {
                <mat-error>{{ message }}</mat-error>
              }
            </mat-form-field>
            <div class="actions">
              <button mat-flat-button type="submit">{{ 'auth.reset.submit' | translate }}</button>
            </div>
          </form>
        } @else {
          <div class="message error">
            <mat-icon aria-hidden="true" fontIcon="error" />
            <div>
              <p>{{ 'auth.reset.missingToken' | translate }}</p>
              <p><a routerLink="/forgot-password">{{ 'auth.reset.askNew' | translate }}</a></p>
            </div>
          </div>
        }
      }
    </section>
  `,
})
export class ResetPassword {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly session = inject(SessionStore);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly doneHeading = viewChild<ElementRef<HTMLElement>>('doneHeading');

  readonly token = input<string | undefined>();
  protected readonly form = inject(FormBuilder).nonNullable.group({ password: ['', [Validators.required, passwordPolicy]] });
  protected readonly showPassword = signal(false);
  protected readonly submitting = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly tokenProblem = signal(false);
  protected readonly done = signal(false);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.serverError.set(null);
    this.tokenProblem.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const body: ResetPasswordRequest = { token: this.token() ?? '', password: this.form.getRawValue().password };
    this.submitting.set(true);
    try {
      await firstValueFrom(this.http.post('/api/auth/password/reset', body));
      // Every session of the account has just been ended, this browser's included.
      this.session.set(null);
      this.done.set(true);
      focusAfterRender(() => this.doneHeading(), this.injector);
    } catch (error) {
      const message = apiErrorMessage(error, this.translate.instant('common.networkError'));
      this.serverError.set(message);
      if (!applyServerFieldErrors(this.form, error) && httpStatus(error) === 400) {
        // Either the link is no longer valid, or the password is refused (too common, personal…).
        // The API sends no machine-readable code, so recognise "this link is no longer valid".
        const tokenInvalid = /\b(lien|link)\b/i.test(message);
        this.tokenProblem.set(tokenInvalid);
        if (!tokenInvalid) this.form.controls.password.setErrors({ server: message });
      }
      focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.submitting.set(false);
    }
  }

}
