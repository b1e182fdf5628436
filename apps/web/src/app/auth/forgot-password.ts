import { Component, ElementRef, Injector, inject, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid } from '../core/forms';

@Component({
  selector: 'cc-forgot-password',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe],
  template: `
    <section class="page narrow">
      @if (sentTo(); as email) {
        <h1 #sentHeading tabindex="-1">{{ 'auth.forgot.sentHeading' | translate }}</h1>
        <p class="message success"><mat-icon aria-hidden="true" fontIcon="mark_email_unread" /><span>{{ 'auth.forgot.sentText' | translate: { email } }}</span></p>
        <p><a routerLink="/sign-in">{{ 'auth.forgot.back' | translate }}</a></p>
      } @else {
        <h1>{{ 'auth.forgot.heading' | translate }}</h1>
        <p>{{ 'auth.forgot.intro' | translate }}</p>
        <div #errorSummary role="alert" tabindex="-1">
          @if (serverError(); as message) {
            <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
          }
        </div>
        <form class="form" [formGroup]="form" (ngSubmit)="submit()" #formElement novalidate>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'auth.email' | translate }}</mat-label>
            <input matInput type="email" formControlName="email" autocomplete="email" required />
            @if (form.controls.email.hasError('required')) {
              <mat-error>{{ 'auth.errors.emailRequired' | translate }}</mat-error>
            } @else if (form.controls.email.hasError('email')) {
              <mat-error>{{ 'auth.errors.emailInvalid' | translate }}</mat-error>
            } @else if (form.controls.email.hasError('maxlength')) {
              <mat-error>{{ 'auth.errors.emailTooLong' | translate }}</mat-error>
            } @else if (form.controls.email.getError('server'); as message) {
              <mat-error>{{ message }}</mat-error>
            }
          </mat-form-field>
          <div class="actions">
            <button mat-flat-button type="submit">{{ 'auth.forgot.submit' | translate }}</button>
          </div>
        </form>
        <p><a routerLink="/sign-in">{{ 'auth.forgot.back' | translate }}</a></p>
      }
    </section>
  `,
})
export class ForgotPassword {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
  });
  protected readonly submitting = signal(false);
  protected readonly serverError = signal<string | null>(null);
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.serverError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const email = this.form.getRawValue().email.trim();
    this.submitting.set(true);
    try {
      await firstValueFrom(this.http.post('/api/auth/password/forgot', { email }));
      this.sentTo.set(email);
      focusAfterRender(() => this.sentHeading(), this.injector);
    } catch (error) {
      this.serverError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      applyServerFieldErrors(this.form, error);
      focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.submitting.set(false);
    }
  }
}
