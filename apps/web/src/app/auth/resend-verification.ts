import { Component, ElementRef, Injector, inject, input, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { focusFirstInvalid } from '../core/forms';

/**
 * "Send me a new confirmation link". With `email` set (just signed up) it is a single button;
 * otherwise it asks for the address. The API answers alike whether or not the address is known.
 */
@Component({
  selector: 'cc-resend-verification',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatIconModule, TranslatePipe],
  template: `
    <form class="form" [formGroup]="form" (ngSubmit)="send()" #formElement novalidate>
      @if (!email()) {
        <mat-form-field appearance="outline">
          <mat-label>{{ 'auth.email' | translate }}</mat-label>
          <input matInput type="email" formControlName="email" autocomplete="email" required />
          @if (emailControl.hasError('required')) {
            <mat-error>{{ 'auth.errors.emailRequired' | translate }}</mat-error>
          } @else if (emailControl.hasError('email')) {
            <mat-error>{{ 'auth.errors.emailInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
      }
      <div class="actions">
        <button mat-stroked-button type="submit">{{ 'auth.resend.button' | translate }}</button>
      </div>
    </form>
    <div role="status">
      @if (done()) {
        <p class="message success"><mat-icon aria-hidden="true" fontIcon="mark_email_read" /><span>{{ 'auth.resend.done' | translate }}</span></p>
      }
    </div>
    <div role="alert">
      @if (error(); as message) {
        <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
      }
    </div>
  `,
})
export class ResendVerification {
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  /** A known address: no field, only the button. */
  readonly email = input<string | null>(null);
  /** Prefills the field when the address is not fixed. */
  readonly initialEmail = input<string | null>(null);

  protected readonly form = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email, Validators.maxLength(254)] }),
  });
  protected readonly emailControl = this.form.controls.email;
  protected readonly sending = signal(false);
  protected readonly done = signal(false);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    const initial = this.initialEmail();
    if (initial) this.emailControl.setValue(initial);
  }

  protected async send(): Promise<void> {
    if (this.sending()) return;
    const email = this.email() ?? this.emailControl.value.trim();
    if (!this.email() && this.emailControl.invalid) {
      this.emailControl.markAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    this.sending.set(true);
    this.done.set(false);
    this.error.set(null);
    try {
      await firstValueFrom(this.http.post('/api/auth/verify-email/resend', { email }));
      this.done.set(true);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.sending.set(false);
    }
  }
}
