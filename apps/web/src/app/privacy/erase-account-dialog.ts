import { Component, ElementRef, Injector, inject, signal, viewChild } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { EraseAccountRequest, EraseAccountResponse } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, focusFirstInvalid } from '../core/forms';

export interface EraseAccountDialogData {
  /** For the password manager: it fills the right account's password. */
  email: string;
  /** Staff, and anyone who enabled two-factor authentication, also give a current code. */
  totpNeeded: boolean;
}

/** States what goes and what stays, then erases the account with the password (and code): closes with true once done. */
@Component({
  selector: 'cc-erase-account-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'privacy.dialog.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate #formElement>
      <mat-dialog-content>
        <h3>{{ 'privacy.dialog.deletedHeading' | translate }}</h3>
        <ul>
          <li>{{ 'privacy.dialog.deleted.account' | translate }}</li>
          <li>{{ 'privacy.dialog.deleted.sessions' | translate }}</li>
          <li>{{ 'privacy.dialog.deleted.private' | translate }}</li>
        </ul>
        <h3>{{ 'privacy.dialog.keptHeading' | translate }}</h3>
        <ul>
          <li>{{ 'privacy.dialog.kept.contributions' | translate }}</li>
          <li>{{ 'privacy.dialog.kept.ballots' | translate }}</li>
        </ul>
        <p class="hint">{{ 'privacy.dialog.exportFirst' | translate }}</p>

        <div #errorSummary role="alert" tabindex="-1">
          @if (error(); as message) {
            <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
          }
        </div>
        <input type="email" hidden autocomplete="username" [value]="data.email" />
        <div class="form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'privacy.dialog.password' | translate }}</mat-label>
            <input matInput [type]="showPassword() ? 'text' : 'password'" formControlName="password" autocomplete="current-password" required />
            <button mat-icon-button matSuffix type="button" (click)="showPassword.set(!showPassword())" [attr.aria-pressed]="showPassword()" [attr.aria-label]="'privacy.dialog.showPassword' | translate">
              <mat-icon aria-hidden="true" [fontIcon]="showPassword() ? 'visibility_off' : 'visibility'" />
            </button>
            @if (form.controls.password.hasError('required')) {
              <mat-error>{{ 'privacy.dialog.passwordRequired' | translate }}</mat-error>
            }
          </mat-form-field>
          @if (data.totpNeeded) {
            <mat-form-field appearance="outline">
              <mat-label>{{ 'privacy.dialog.totp' | translate }}</mat-label>
              <input matInput formControlName="totpCode" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required />
              <mat-hint>{{ 'privacy.dialog.totpHint' | translate }}</mat-hint>
              @if (form.controls.totpCode.hasError('required')) {
                <mat-error>{{ 'privacy.dialog.totpRequired' | translate }}</mat-error>
              } @else if (form.controls.totpCode.hasError('pattern')) {
                <mat-error>{{ 'privacy.dialog.totpFormat' | translate }}</mat-error>
              }
            </mat-form-field>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'privacy.dialog.cancel' | translate }}</button>
        <button mat-flat-button type="submit" class="danger" [attr.aria-disabled]="busy() || null">
          {{ (busy() ? 'privacy.dialog.working' : 'privacy.dialog.confirm') | translate }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    /* On a phone the long question would push the password field far below the fold. */
    @media (max-width: 30rem) { :host { --mat-dialog-subhead-size: 1.3rem; --mat-dialog-subhead-line-height: 1.75rem; } }
    h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; color: var(--mat-sys-on-surface); }
    h3:first-child { margin-top: 0; }
    ul { margin: 0; padding-left: 1.25rem; }
    li + li { margin-top: .25rem; }
    .form { margin-top: .5rem; }
    .danger { --mat-button-filled-container-color: var(--mat-sys-error); --mat-button-filled-label-text-color: var(--mat-sys-on-error); }
  `,
})
export class EraseAccountDialog {
  protected readonly data = inject<EraseAccountDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<EraseAccountDialog, boolean>>(MatDialogRef);
  private readonly http = inject(HttpClient);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  protected readonly form = inject(FormBuilder).nonNullable.group({
    password: ['', [Validators.required, Validators.maxLength(1024)]],
    totpCode: ['', this.data.totpNeeded ? [Validators.required, Validators.pattern(/^\s*\d{6}\s*$/)] : []],
  });
  protected readonly showPassword = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const { password, totpCode } = this.form.getRawValue();
    const body: EraseAccountRequest = this.data.totpNeeded ? { password, totpCode: totpCode.trim() } : { password };
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(this.http.post<EraseAccountResponse>('/api/privacy/erase', body));
      this.ref.close(true);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      this.form.controls.totpCode.setValue('');
      focusAfterRender(() => this.errorSummary(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
