import { Component, ElementRef, Injector, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { REPORT_TEXT_MAX, type ModerationReason, type ModerationTargetType } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, httpStatus } from '../core/forms';
import { focusFirstProblem } from './focus';
import { ModerationApi } from './moderation.api';
import { ReasonFields } from './reason-fields';

export interface ReportDialogData {
  targetType: ModerationTargetType;
  targetId: string;
  /** What is reported, for the title: "la proposition #12", "le commentaire de Camille". */
  subject: string;
}

/** What the dialog closed with: reported, or already reported (both leave the button done). */
export type ReportDialogResult = 'reported' | 'already' | undefined;

@Component({
  selector: 'cc-report-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, ReasonFields],
  template: `
    <h2 mat-dialog-title>{{ 'moderation.report.title' | translate: { subject: data.subject } }}</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate #formElement>
      <mat-dialog-content>
        <p>{{ 'moderation.report.intro' | translate }}</p>
        <cc-reason-fields [control]="form.controls.reason" [legend]="'moderation.report.reasonLegend' | translate" [invalid]="submitted() && form.controls.reason.invalid" idPrefix="report-reason" />
        <mat-form-field class="full-width">
          <mat-label>{{ 'moderation.report.text' | translate }}</mat-label>
          <textarea matInput formControlName="text" rows="3" [maxlength]="max" [required]="form.controls.reason.value === 'other'"></textarea>
          <mat-hint>{{ (form.controls.reason.value === 'other' ? 'moderation.report.textHintOther' : 'moderation.report.textHint') | translate }}</mat-hint>
          @if (form.controls.text.hasError('required')) {
            <mat-error>{{ 'moderation.report.textMissing' | translate }}</mat-error>
          }
        </mat-form-field>
        <div role="alert" #alert tabindex="-1">
          @if (error(); as message) {
            <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'moderation.report.send' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class ReportDialog {
  protected readonly data = inject<ReportDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<ReportDialog, ReportDialogResult>>(MatDialogRef);
  private readonly api = inject(ModerationApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');

  protected readonly max = REPORT_TEXT_MAX;
  protected readonly form = new FormGroup({
    reason: new FormControl<ModerationReason | null>(null, Validators.required),
    text: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(REPORT_TEXT_MAX)] }),
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    // "Other" needs a few words saying which.
    this.form.controls.reason.valueChanges.subscribe((reason) => {
      this.form.controls.text.setValidators(reason === 'other' ? [Validators.required, Validators.maxLength(REPORT_TEXT_MAX)] : [Validators.maxLength(REPORT_TEXT_MAX)]);
      this.form.controls.text.updateValueAndValidity();
    });
  }

  protected async send(): Promise<void> {
    this.submitted.set(true);
    if (this.form.controls.text.value.trim() === '' && this.form.controls.reason.value === 'other') this.form.controls.text.setValue('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstProblem(this.formElement(), this.injector);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    const { reason, text } = this.form.getRawValue();
    try {
      await this.api.report({ targetType: this.data.targetType, targetId: this.data.targetId, reason: reason as ModerationReason, text: text.trim() || undefined });
      this.ref.close('reported');
    } catch (error) {
      if (httpStatus(error) === 409) {
        this.ref.close('already');
        return;
      }
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      focusAfterRender(() => this.alert(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
