import { Component, ElementRef, Injector, inject, input, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { LoginRequest, LoginResponse, Me } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid, httpStatus } from '../core/forms';
import { TOTP_CODE_PATTERN, cleanTotpCode } from '../core/password-policy';
import { safeReturnUrl } from '../core/return-url';
import { SessionStore } from '../core/session.store';
import { LanguageService } from '../i18n/language.service';
import { ResendVerification } from './resend-verification';

/** Two steps: e-mail and password, then (for accounts with TOTP) the authenticator's code. */
@Component({
  selector: 'cc-sign-in',
  imports: [ReactiveFormsModule, RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe, ResendVerification],
  templateUrl: './sign-in.html',
})
export class SignIn {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');
  private readonly stepHeading = viewChild<ElementRef<HTMLElement>>('stepHeading');

  /** Where to go afterwards (query string); only a local path is followed. */
  readonly returnUrl = input<string | undefined>();

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly credentials = this.fb.group({
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    password: ['', [Validators.required]],
  });
  protected readonly totp = this.fb.group({ code: ['', [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)]] });

  protected readonly step = signal<'credentials' | 'totp'>('credentials');
  protected readonly showPassword = signal(false);
  protected readonly submitting = signal(false);
  protected readonly serverError = signal<string | null>(null);
  /** Set when the address is not verified yet: offers a new link. */
  protected readonly unverifiedEmail = signal<string | null>(null);

  protected async submitCredentials(): Promise<void> {
    if (this.submitting()) return;
    this.serverError.set(null);
    this.unverifiedEmail.set(null);
    if (this.credentials.invalid) {
      this.credentials.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const value = this.credentials.getRawValue();
    const body: LoginRequest = { email: value.email.trim(), password: value.password };
    this.submitting.set(true);
    try {
      const response = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', body));
      if (response.status === 'totp-required') {
        this.step.set('totp');
        this.totp.reset();
        focusAfterRender(() => this.stepHeading(), this.injector);
      } else if (response.me) {
        await this.signedIn(response.me);
      }
    } catch (error) {
      if (httpStatus(error) === 403) this.unverifiedEmail.set(body.email);
      this.fail(error, this.credentials);
    } finally {
      this.submitting.set(false);
    }
  }

  protected async submitCode(): Promise<void> {
    if (this.submitting()) return;
    this.serverError.set(null);
    if (this.totp.invalid) {
      this.totp.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    this.submitting.set(true);
    try {
      const response = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login/totp', { code: cleanTotpCode(this.totp.getRawValue().code) }));
      if (response.me) await this.signedIn(response.me);
    } catch (error) {
      if (httpStatus(error) === 401) {
        // The half-open session expired or was replaced: start again.
        this.restart(this.translate.instant('auth.signIn.expired'));
        return;
      }
      if (httpStatus(error) === 400) {
        this.totp.controls.code.setErrors({ server: apiErrorMessage(error, '') });
        this.totp.controls.code.markAsTouched();
      }
      this.fail(error, this.totp);
    } finally {
      this.submitting.set(false);
    }
  }

  protected restart(message: string | null = null): void {
    this.step.set('credentials');
    this.credentials.controls.password.reset();
    this.serverError.set(message);
    focusAfterRender(() => (message ? this.errorSummary() : this.stepHeading()), this.injector);
  }

  private fail(error: unknown, form: typeof this.credentials | typeof this.totp): void {
    this.serverError.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    applyServerFieldErrors(form, error);
    focusAfterRender(() => this.errorSummary(), this.injector);
  }

  private async signedIn(me: Me): Promise<void> {
    this.session.set(me);
    // The account's preferred language follows the person to a browser that has no choice of its own.
    this.language.adopt(me.language);
    await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
  }
}
