import { Component, ElementRef, Injector, computed, inject, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Clipboard } from '@angular/cdk/clipboard';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { Role, TotpEnrolment } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid } from '../core/forms';
import { TOTP_CODE_PATTERN, cleanTotpCode } from '../core/password-policy';
import { SessionStore } from '../core/session.store';

/** Same list as the API's domain rule: staff must keep a second factor. */
const STAFF_ROLES: readonly Role[] = ['moderator', 'committee', 'admin'];

@Component({
  selector: 'cc-two-factor',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe],
  templateUrl: './two-factor.html',
  styleUrl: './two-factor.scss',
})
export class TwoFactor {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly clipboard = inject(Clipboard);
  protected readonly session = inject(SessionStore);
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly setupHeading = viewChild<ElementRef<HTMLElement>>('setupHeading');
  private readonly confirmForm = viewChild<ElementRef<HTMLElement>>('confirmForm');
  private readonly disableForm = viewChild<ElementRef<HTMLElement>>('disableForm');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  private readonly fb = inject(FormBuilder).nonNullable;
  protected readonly confirmation = this.fb.group({ code: ['', [Validators.required, Validators.pattern(TOTP_CODE_PATTERN)]] });
  protected readonly disabling = this.fb.group({ password: ['', [Validators.required]] });

  protected readonly isStaff = computed(() => (this.session.me()?.roles ?? []).some((role) => STAFF_ROLES.includes(role)));
  protected readonly enrolment = signal<TotpEnrolment | null>(null);
  protected readonly groupedSecret = computed(() => this.enrolment()?.secret.match(/.{1,4}/g)?.join(' ') ?? '');
  protected readonly showPassword = signal(false);
  protected readonly busy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  focusHeading(): void {
    this.heading()?.nativeElement.scrollIntoView({ block: 'start' });
    this.heading()?.nativeElement.focus();
  }

  protected async start(): Promise<void> {
    if (this.busy()) return;
    this.clearMessages();
    this.busy.set(true);
    try {
      this.enrolment.set(await firstValueFrom(this.http.post<TotpEnrolment>('/api/auth/totp/enrol', {})));
      this.confirmation.reset();
      focusAfterRender(() => this.setupHeading(), this.injector);
    } catch (error) {
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected copySecret(): void {
    const secret = this.enrolment()?.secret;
    if (secret && this.clipboard.copy(secret)) this.status.set('account.totp.copied');
  }

  protected cancel(): void {
    this.enrolment.set(null);
    this.clearMessages();
    focusAfterRender(() => this.heading(), this.injector);
  }

  protected async confirm(): Promise<void> {
    if (this.busy()) return;
    this.clearMessages();
    if (this.confirmation.invalid) {
      this.confirmation.markAllAsTouched();
      focusFirstInvalid(this.confirmForm(), this.injector);
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.http.post('/api/auth/totp/confirm', { code: cleanTotpCode(this.confirmation.getRawValue().code) }));
      const me = this.session.me();
      if (me) this.session.set({ ...me, totpEnabled: true, totpRequired: false });
      this.enrolment.set(null);
      this.status.set('account.totp.activated');
      focusAfterRender(() => this.heading(), this.injector);
    } catch (error) {
      if (!applyServerFieldErrors(this.confirmation, error)) {
        this.confirmation.controls.code.setErrors({ server: apiErrorMessage(error, this.translate.instant('common.networkError')) });
      }
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected async disable(): Promise<void> {
    if (this.busy()) return;
    this.clearMessages();
    if (this.disabling.invalid) {
      this.disabling.markAllAsTouched();
      focusFirstInvalid(this.disableForm(), this.injector);
      return;
    }
    this.busy.set(true);
    try {
      await firstValueFrom(this.http.post('/api/auth/totp/disable', this.disabling.getRawValue()));
      const me = this.session.me();
      if (me) this.session.set({ ...me, totpEnabled: false });
      this.disabling.reset();
      this.status.set('account.totp.deactivated');
      focusAfterRender(() => this.heading(), this.injector);
    } catch (error) {
      this.disabling.controls.password.setErrors({ server: apiErrorMessage(error, this.translate.instant('common.networkError')) });
      this.showError(error);
    } finally {
      this.busy.set(false);
    }
  }

  private clearMessages(): void {
    this.status.set(null);
    this.error.set(null);
  }

  private showError(error: unknown): void {
    this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    focusAfterRender(() => this.errorSummary(), this.injector);
  }
}
