import { Component, ElementRef, Injector, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import type { ConsultationDetail } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, focusFirstInvalid, httpStatus } from '../core/forms';
import { ConsultationsApi } from './consultations.api';

/** Residents declare their postcode, panel members give their invitation code. */
@Component({
  selector: 'cc-join-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <form class="join" (submit)="$event.preventDefault(); submit()" #formElement novalidate>
      <p>{{ (kind() === 'residents' ? 'consultations.join.residentsIntro' : 'consultations.join.panelIntro') | translate }}</p>
      <div class="row">
        <mat-form-field>
          <mat-label>{{ (kind() === 'residents' ? 'consultations.join.postcode' : 'consultations.join.code') | translate }}</mat-label>
          <input
            matInput
            [formControl]="value"
            [attr.autocomplete]="kind() === 'residents' ? 'postal-code' : 'off'"
            [attr.inputmode]="kind() === 'residents' ? 'numeric' : null"
            [attr.autocapitalize]="kind() === 'residents' ? null : 'characters'"
            spellcheck="false"
            [maxlength]="kind() === 'residents' ? 10 : 40"
            required
          />
          <mat-hint>{{ (kind() === 'residents' ? 'consultations.join.postcodeHint' : 'consultations.join.codeHint') | translate }}</mat-hint>
          @if (value.hasError('required')) {
            <mat-error>{{ (kind() === 'residents' ? 'consultations.join.postcodeRequired' : 'consultations.join.codeRequired') | translate }}</mat-error>
          } @else if (value.getError('server'); as message) {
            <mat-error>{{ message }}</mat-error>
          }
        </mat-form-field>
        <button mat-flat-button type="submit" class="submit" [disabled]="busy()">{{ 'consultations.join.submit' | translate }}</button>
      </div>
      <div #errorSummary role="alert" tabindex="-1">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
    </form>
  `,
  styles: `
    .row { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
    mat-form-field { flex: 1 1 14rem; max-width: 22rem; }
    .submit { margin-top: .5rem; }
  `,
})
export class JoinForm {
  private readonly api = inject(ConsultationsApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly errorSummary = viewChild<ElementRef<HTMLElement>>('errorSummary');

  readonly slug = input.required<string>();
  readonly kind = input.required<'residents' | 'panel'>();
  /** The consultation as the API answers after joining (the new participation). */
  readonly joined = output<ConsultationDetail>();

  protected readonly value = new FormControl('', { nonNullable: true, validators: [Validators.required] });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    if (this.value.invalid) {
      this.value.markAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const text = this.value.value.trim();
    this.busy.set(true);
    try {
      const detail = await this.api.join(this.slug(), this.kind() === 'residents' ? { postcode: text } : { code: text.toUpperCase() });
      this.joined.emit(detail);
    } catch (error) {
      const message = apiErrorMessage(error, this.translate.instant('common.networkError'));
      if (httpStatus(error) === 400 || httpStatus(error) === 403 || httpStatus(error) === 409) {
        this.value.setErrors({ server: message });
        this.value.markAsTouched();
        focusFirstInvalid(this.formElement(), this.injector);
      } else {
        this.error.set(message);
        focusAfterRender(() => this.errorSummary(), this.injector);
      }
    } finally {
      this.busy.set(false);
    }
  }
}
