import { Component, ElementRef, Injector, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DECISION_NOTE_MAX, type DecisionAction, type DecisionRequest, type ModerationReason } from '@concordia/contracts';
import { firstValueFrom } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender } from '../core/forms';
import { focusFirstProblem } from './focus';
import { ReasonFields } from './reason-fields';

export interface DecisionDialogData {
  action: DecisionAction;
  /** What is decided about, for the title: "la proposition #12", "3 éléments". */
  subject: string;
  /** Pre-selected reason (e.g. personal data for a flagged item). */
  reason?: ModerationReason | null;
  /** Sends the decision; a thrown error stays in the dialog, worded by the API. */
  submit: (body: DecisionRequest) => Promise<void>;
}

/** Reject, hide or confirm a hiding: a charter reason (and a text for "other"), an optional note to the author. */
@Component({
  selector: 'cc-decision-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe, ReasonFields],
  template: `
    <h2 mat-dialog-title>{{ 'moderation.dialog.title.' + data.action | translate: { subject: data.subject } }}</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate #formElement>
      <mat-dialog-content>
        <p>{{ 'moderation.dialog.intro' | translate }}</p>
        <cc-reason-fields [control]="form.controls.reason" [legend]="'moderation.dialog.reasonLegend' | translate" [invalid]="submitted() && form.controls.reason.invalid" idPrefix="decision-reason" />
        <mat-form-field class="full-width">
          <mat-label>{{ 'moderation.dialog.note' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="3" [maxlength]="max" [required]="form.controls.reason.value === 'other'"></textarea>
          <mat-hint>{{ (form.controls.reason.value === 'other' ? 'moderation.dialog.noteHintOther' : 'moderation.dialog.noteHint') | translate }}</mat-hint>
          @if (form.controls.note.hasError('required')) {
            <mat-error>{{ 'moderation.dialog.noteMissing' | translate }}</mat-error>
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
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'moderation.dialog.confirm.' + data.action | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
})
export class DecisionDialog {
  protected readonly data = inject<DecisionDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<DecisionDialog, boolean>>(MatDialogRef);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');

  protected readonly max = DECISION_NOTE_MAX;
  protected readonly form = new FormGroup({
    reason: new FormControl<ModerationReason | null>(this.data.reason ?? null, Validators.required),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(DECISION_NOTE_MAX)] }),
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.form.controls.reason.valueChanges.subscribe((reason) => {
      const validators = [Validators.maxLength(DECISION_NOTE_MAX)];
      this.form.controls.note.setValidators(reason === 'other' ? [Validators.required, ...validators] : validators);
      this.form.controls.note.updateValueAndValidity();
    });
  }

  protected async send(): Promise<void> {
    this.submitted.set(true);
    const note = this.form.controls.note;
    if (note.value.trim() === '' && note.value !== '') note.setValue('');
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstProblem(this.formElement(), this.injector);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.data.submit({ reason: this.form.controls.reason.value as ModerationReason, note: note.value.trim() || undefined });
      this.ref.close(true);
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      focusAfterRender(() => this.alert(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}

/** Opens the dialog; resolves to true once the decision went through. */
export async function askDecision(dialog: MatDialog, data: DecisionDialogData): Promise<boolean> {
  const ref = dialog.open<DecisionDialog, DecisionDialogData, boolean>(DecisionDialog, {
    data,
    maxWidth: 'min(38rem, calc(100vw - 2rem))',
    autoFocus: 'first-heading',
    restoreFocus: true,
  });
  return (await firstValueFrom(ref.afterClosed())) === true;
}
