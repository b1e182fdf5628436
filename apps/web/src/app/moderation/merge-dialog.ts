import { Component, ElementRef, Injector, inject, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { DECISION_NOTE_MAX, type MergeResult } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { focusAfterRender, focusFirstInvalid } from '../core/forms';
import { ModerationApi } from './moderation.api';

export interface MergeDialogData {
  /** The duplicate's number, filled in when the dialog opens from an item. */
  fromRef?: number;
}

const REF = /^\s*#?\s*(\d{1,15})\s*$/;

/**
 * Merges duplicate A into B by their numbers: A then redirects to B, its authors become B's
 * co-authors, its ballots move where the voter has none on B (the API does it in one transaction).
 */
@Component({
  selector: 'cc-merge-dialog',
  imports: [ReactiveFormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'moderation.merge.title' | translate }}</h2>
    <form [formGroup]="form" (ngSubmit)="send()" novalidate #formElement>
      <mat-dialog-content>
        <p>{{ 'moderation.merge.intro' | translate }}</p>
        <div class="refs">
          <mat-form-field>
            <mat-label>{{ 'moderation.merge.from' | translate }}</mat-label>
            <input matInput formControlName="from" inputmode="numeric" autocomplete="off" required />
            <mat-hint>{{ 'moderation.merge.fromHint' | translate }}</mat-hint>
            @if (form.controls.from.invalid) {
              <mat-error>{{ 'moderation.merge.refInvalid' | translate }}</mat-error>
            }
          </mat-form-field>
          <mat-icon aria-hidden="true" fontIcon="arrow_forward" class="arrow" />
          <mat-form-field>
            <mat-label>{{ 'moderation.merge.into' | translate }}</mat-label>
            <input matInput formControlName="into" inputmode="numeric" autocomplete="off" required />
            <mat-hint>{{ 'moderation.merge.intoHint' | translate }}</mat-hint>
            @if (form.controls.into.hasError('same')) {
              <mat-error>{{ 'moderation.merge.same' | translate }}</mat-error>
            } @else if (form.controls.into.invalid) {
              <mat-error>{{ 'moderation.merge.refInvalid' | translate }}</mat-error>
            }
          </mat-form-field>
        </div>
        <mat-form-field class="full-width">
          <mat-label>{{ 'moderation.merge.note' | translate }}</mat-label>
          <textarea matInput formControlName="note" rows="2" [maxlength]="max"></textarea>
          <mat-hint>{{ 'moderation.merge.noteHint' | translate }}</mat-hint>
        </mat-form-field>
        <div role="alert" #alert tabindex="-1">
          @if (error(); as message) {
            <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
          }
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()">{{ 'moderation.merge.confirm' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .refs { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: flex-start; }
    .refs mat-form-field { flex: 1 1 12rem; }
    .arrow { margin-top: 1rem; }
    @media (max-width: 30rem) { .arrow { display: none; } }
  `,
})
export class MergeDialog {
  private readonly data = inject<MergeDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<MergeDialog, MergeResult>>(MatDialogRef);
  private readonly api = inject(ModerationApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly alert = viewChild<ElementRef<HTMLElement>>('alert');

  protected readonly max = DECISION_NOTE_MAX;
  protected readonly form = new FormGroup({
    from: new FormControl(this.data.fromRef ? `#${this.data.fromRef}` : '', { nonNullable: true, validators: [Validators.required, Validators.pattern(REF)] }),
    into: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.pattern(REF)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(DECISION_NOTE_MAX)] }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected async send(): Promise<void> {
    const { from, into, note } = this.form.getRawValue();
    const fromRef = REF.exec(from)?.[1];
    const intoRef = REF.exec(into)?.[1];
    if (fromRef && intoRef && fromRef === intoRef) this.form.controls.into.setErrors({ same: true });
    if (this.form.invalid || !fromRef || !intoRef) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.ref.close(await this.api.merge({ from: fromRef, into: intoRef, note: note.trim() || undefined }));
    } catch (error) {
      this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      focusAfterRender(() => this.alert(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
