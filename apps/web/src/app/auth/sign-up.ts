import { Component, ElementRef, Injector, inject, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DISPLAY_NAME_MAX_LENGTH, type RegisterRequest } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid, httpStatus } from '../core/forms';
import { notBlank, passwordPolicy } from '../core/password-policy';
import { ResendVerification } from './resend-verification';

@Component({
  selector: 'cc-sign-up',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe, ResendVerification],
  templateUrl: './sign-up.html',
})
export class SignUp {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  protected readonly maxName = DISPLAY_NAME_MAX_LENGTH;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    displayName: ['', [notBlank, Validators.maxLength(DISPLAY_NAME_MAX_LENGTH)]],
    password: ['', [Validators.required, passwordPolicy]],
  });
  protected readonly showPassword = signal(false);
  protected readonly submitting = signal(false);
  protected readonly serverError = signal<string | null>(null);
  /** The address a link was sent to: the form gives way to the "check your mailbox" step. */
  protected readonly sentTo = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.submitting()) return;
    this.serverError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const value = this.form.getRawValue();
    const body: RegisterRequest = { email: value.email.trim(), displayName: value.displayName.trim(), password: value.password };
    this.submitting.set(true);
    try {
      await firstValueFrom(this.http.post('/api/auth/register', body));
      this.sentTo.set(body.email);
      focusAfterRender(() => this.sentHeading(), this.injector);
    } catch (error) {
      const message = apiErrorMessage(error, this.translate.instant('common.networkError'));
      this.serverError.set(message);
      const status = httpStatus(error);
      if (applyServerFieldErrors(this.form, error)) {
        focusFirstInvalid(this.formElement(), this.injector);
        return;
      }
      // The API names one problem at a time: a taken address, or a password it refuses.
      if (status === 409) this.form.controls.email.setErrors({ server: message });
      else if (status === 400) this.form.controls.password.setErrors({ server: message });
      focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.submitting.set(false);
    }
  }
}
