import { Component, ElementRef, Injector, inject, output, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ChangePasswordRequest } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid, httpStatus } from '../core/forms';
import { passwordPolicy } from '../core/password-policy';
import { SessionStore } from '../core/session.store';

@Component({
  selector: 'cc-change-password',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe],
  template: `
    <section class="card" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{{ 'account.password.heading' | translate }}</h2>
      <p>{{ 'account.password.intro' | translate }}</p>
      <div role="status">
        @if (done()) {
          <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ 'account.password.done' | translate }}</span></p>
        }
      </div>
      <div #errorSummary role="alert" tabindex="-1">
        @if (serverError(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
      <form class="form password-form" [formGroup]="form" (ngSubmit)="submit()" #formElement novalidate>
        <input type="email" hidden autocomplete="username" [value]="session.me()?.email ?? ''" />
        <mat-form-field appearance="outline">
          <mat-label>{{ 'account.password.current' | translate }}</mat-label>
          <input matInput [type]="showCurrent() ? 'text' : 'password'" formControlName="currentPassword" autocomplete="current-password" required />
          <button mat-icon-button matSuffix type="button" (click)="showCurrent.set(!showCurrent())" [attr.aria-pressed]="showCurrent()" [attr.aria-label]="'account.password.showCurrent' | translate">
            <mat-icon aria-hidden="true" [fontIcon]="showCurrent() ? 'visibility_off' : 'visibility'" />
          </button>
          @if (form.controls.currentPassword.hasError('required')) {
            <mat-error>{{ 'auth.errors.passwordRequired' | translate }}</mat-error>
          } @else if (form.controls.currentPassword.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'account.password.new' | translate }}</mat-label>
          <input matInput [type]="showNew() ? 'text' : 'password'" formControlName="newPassword" autocomplete="new-password" required />
          <button mat-icon-button matSuffix type="button" (click)="showNew.set(!showNew())" [attr.aria-pressed]="showNew()" [attr.aria-label]="'account.password.showNew' | translate">
            <mat-icon aria-hidden="true" [fontIcon]="showNew() ? 'visibility_off' : 'visibility'" />
          </button>
          <mat-hint>{{ 'auth.passwordHint' | translate }}</mat-hint>
          @if (form.controls.newPassword.hasError('required')) {
            <mat-error>{{ 'auth.errors.passwordRequired' | translate }}</mat-error>
          } @else if (form.controls.newPassword.getError('passwordTooShort'); as e) {
            <mat-error>{{ 'auth.errors.passwordTooShort' | translate: e }}</mat-error>
          } @else if (form.controls.newPassword.getError('passwordTooLong'); as e) {
            <mat-error>{{ 'auth.errors.passwordTooLong' | translate: e }}</mat-error>
          } @else if (form.controls.newPassword.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <div class="actions">
          <button mat-flat-button type="submit">{{ 'account.password.submit' | translate }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `.password-form { max-width: 32rem; }`,
})
export class ChangePassword {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  protected readonly session = inject(SessionStore);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly formDirective = viewChild(FormGroupDirective);
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    currentPassword: ['', [Validators.required]],
    newPassword: ['', [Validators.required, passwordPolicy]],
  });
  protected readonly showCurrent = signal(false);
  protected readonly showNew = signal(false);
  protected readonly submitting = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly done = signal(false);
  /** The other sessions have just been ended. */
  readonly changed = output<void>();

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.serverError.set(null);
    this.done.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const body: ChangePasswordRequest = this.form.getRawValue();
    this.submitting.set(true);
    try {
      await firstValueFrom(this.http.post('/api/auth/password/change', body));
      // resetForm also clears "submitted", so no error shows on the emptied fields.
      this.formDirective()?.resetForm();
      this.done.set(true);
      this.changed.emit();
    } catch (error) {
      const message = apiErrorMessage(error, this.translate.instant('common.networkError'));
      this.serverError.set(message);
      if (!applyServerFieldErrors(this.form, error) && httpStatus(error) === 400) {
        // "Current password is incorrect" or a refused new password (too common, personal…).
        const wrongCurrent = /actuel|current/i.test(message);
        (wrongCurrent ? this.form.controls.currentPassword : this.form.controls.newPassword).setErrors({ server: message });
      }
      focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.submitting.set(false);
    }
  }
}
