import { Component, ElementRef, Injector, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { FOLLOW_UP_STATUS_NAMES, type FollowUpRequest, type FollowUpStatusName, type ProposalFollowUp } from '@concordia/contracts';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid } from '../core/forms';
import { OutcomesApi } from './outcomes.api';

export interface FollowUpTarget {
  proposalId: string;
  ref: number;
  title: string;
}

/** A plain YYYY-MM-DD that exists in the calendar (the API refuses others). */
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Admins post a follow-up update of an adopted recommendation: status (abandoned needs a public
 * reason), progress, the date it happened or is planned, a milestone title and details (Markdown).
 */
@Component({
  selector: 'cc-follow-up-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, MatSelectModule, TranslatePipe],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="form" novalidate>
      <p class="hint">{{ 'outcomes.followUp.form.intro' | translate }}</p>
      @if (!proposalId()) {
        <mat-form-field>
          <mat-label>{{ 'outcomes.followUp.form.recommendation' | translate }}</mat-label>
          <mat-select formControlName="proposal" required>
            @for (target of targets(); track target.proposalId) {
              <mat-option [value]="target.proposalId">#{{ target.ref }} {{ target.title }}</mat-option>
            }
          </mat-select>
          @if (form.controls.proposal.invalid) {
            <mat-error>{{ 'outcomes.followUp.form.recommendationRequired' | translate }}</mat-error>
          }
        </mat-form-field>
      }
      <p [id]="id + '-status'" class="legend">{{ 'outcomes.followUp.form.status' | translate }}</p>
      <mat-radio-group
        formControlName="status"
        class="statuses"
        [attr.aria-labelledby]="id + '-status'"
        [attr.aria-describedby]="showStatusError() ? id + '-status-error' : null"
        [attr.aria-invalid]="showStatusError() || null"
      >
        @for (status of statuses; track status) {
          <mat-radio-button [value]="status">{{ 'outcomes.followUp.status.' + status | translate }}</mat-radio-button>
        }
      </mat-radio-group>
      @if (showStatusError()) {
        <p class="form-error" [id]="id + '-status-error'">{{ 'outcomes.followUp.form.statusRequired' | translate }}</p>
      }
      @if (abandoning()) {
        <mat-form-field>
          <mat-label>{{ 'outcomes.followUp.form.reason' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="3" maxlength="2000" required></textarea>
          <mat-hint>{{ 'outcomes.followUp.form.reasonHint' | translate }}</mat-hint>
          @if (form.controls.reason.hasError('server')) {
            <mat-error>{{ form.controls.reason.getError('server') }}</mat-error>
          } @else {
            <mat-error>{{ 'outcomes.followUp.form.reasonRequired' | translate }}</mat-error>
          }
        </mat-form-field>
      }
      <div class="row">
        <mat-form-field>
          <mat-label>{{ 'outcomes.followUp.form.progress' | translate }}</mat-label>
          <input matInput type="number" inputmode="numeric" min="0" max="100" step="1" formControlName="progress" />
          <span matTextSuffix>%</span>
          <mat-hint>{{ 'outcomes.followUp.form.progressHint' | translate }}</mat-hint>
          @if (form.controls.progress.hasError('server')) {
            <mat-error>{{ form.controls.progress.getError('server') }}</mat-error>
          } @else if (form.controls.progress.hasError('doneFull')) {
            <mat-error>{{ 'outcomes.followUp.form.doneFull' | translate }}</mat-error>
          } @else {
            <mat-error>{{ 'outcomes.followUp.form.progressRange' | translate }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field>
          <mat-label>{{ 'outcomes.followUp.form.date' | translate }}</mat-label>
          <input matInput type="date" formControlName="date" />
          <mat-hint>{{ 'outcomes.followUp.form.dateHint' | translate }}</mat-hint>
          @if (form.controls.date.hasError('server')) {
            <mat-error>{{ form.controls.date.getError('server') }}</mat-error>
          } @else {
            <mat-error>{{ 'outcomes.followUp.form.dateInvalid' | translate }}</mat-error>
          }
        </mat-form-field>
      </div>
      <mat-form-field>
        <mat-label>{{ 'outcomes.followUp.form.milestone' | translate }}</mat-label>
        <input matInput formControlName="milestone" maxlength="200" />
        <mat-hint>{{ 'outcomes.followUp.form.milestoneHint' | translate }}</mat-hint>
        @if (form.controls.milestone.hasError('server')) {
          <mat-error>{{ form.controls.milestone.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <mat-form-field>
        <mat-label>{{ 'outcomes.followUp.form.details' | translate }}</mat-label>
        <textarea matInput formControlName="details" rows="4" maxlength="5000"></textarea>
        <mat-hint>{{ 'outcomes.followUp.form.detailsHint' | translate }}</mat-hint>
        @if (form.controls.details.hasError('server')) {
          <mat-error>{{ form.controls.details.getError('server') }}</mat-error>
        }
      </mat-form-field>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()"><mat-icon aria-hidden="true" fontIcon="add_task" />{{ 'outcomes.followUp.form.submit' | translate }}</button>
      </div>
      <div #feedback tabindex="-1" class="feedback">
        <div role="status">
          @if (done(); as message) {
            <p class="message success"><mat-icon aria-hidden="true" fontIcon="check_circle" /><span>{{ message }}</span></p>
          }
        </div>
        <div role="alert">
          @if (error(); as message) {
            <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ 'common.errorPrefix' | translate }} {{ message }}</span></p>
          }
        </div>
      </div>
    </form>
  `,
  styles: `
    :host { display: block; }
    .legend { font-weight: 600; margin: .5rem 0 .25rem; }
    .statuses { display: flex; flex-wrap: wrap; gap: 0 1rem; margin-bottom: .5rem; }
    .form-error { margin: 0 0 .5rem; }
    .row { display: grid; gap: 0 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr)); }
    .feedback:focus { outline: none; }
  `,
})
export class FollowUpForm {
  private static next = 0;
  protected readonly id = `follow-up-form-${FollowUpForm.next++}`;
  private readonly api = inject(OutcomesApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly host = inject(ElementRef<HTMLElement>);
  private readonly feedback = viewChild<ElementRef<HTMLElement>>('feedback');

  /** A fixed recommendation (on its own page), or none: then the form offers `targets`. */
  readonly proposalId = input<string | null>(null);
  readonly targets = input<FollowUpTarget[]>([]);
  readonly posted = output<ProposalFollowUp>();

  protected readonly statuses = FOLLOW_UP_STATUS_NAMES;
  protected readonly form = new FormGroup({
    proposal: new FormControl('', { nonNullable: true }),
    status: new FormControl<FollowUpStatusName | null>(null, { validators: [Validators.required] }),
    progress: new FormControl<number | null>(null, { validators: [Validators.min(0), Validators.max(100), Validators.pattern(/^\d+$/)] }),
    date: new FormControl('', { nonNullable: true, validators: [Validators.pattern(DAY)] }),
    milestone: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    details: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(5000)] }),
    reason: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(2000)] }),
  });
  protected readonly submitted = signal(false);
  private readonly status = signal<FollowUpStatusName | null>(null);
  protected readonly abandoning = computed(() => this.status() === 'abandoned');
  protected readonly busy = signal(false);
  protected readonly done = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.form.controls.status.valueChanges.subscribe((value) => this.status.set(value));
  }

  protected showStatusError(): boolean {
    return this.submitted() && this.form.controls.status.invalid;
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    this.done.set(null);
    this.error.set(null);
    const c = this.form.controls;
    c.proposal.setValidators(this.proposalId() ? [] : [Validators.required]);
    c.proposal.updateValueAndValidity();
    c.reason.setValidators(this.abandoning() ? [Validators.required, Validators.maxLength(2000), (control) => ((control.value ?? '').trim() ? null : { required: true })] : [Validators.maxLength(2000)]);
    c.reason.updateValueAndValidity();
    c.progress.updateValueAndValidity();
    if (c.status.value === 'done' && c.progress.value !== null && `${c.progress.value}` !== '' && Number(c.progress.value) !== 100) {
      c.progress.setErrors({ doneFull: true });
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      if (c.status.invalid && (this.proposalId() || c.proposal.valid)) {
        focusAfterRender(() => this.host.nativeElement.querySelector('mat-radio-group input') as HTMLElement | undefined, this.injector);
      } else {
        focusFirstInvalid(this.host, this.injector);
      }
      return;
    }
    const value = this.form.getRawValue();
    const body: FollowUpRequest = { status: value.status as FollowUpStatusName };
    if (value.progress !== null && `${value.progress}` !== '') body.progress = Number(value.progress);
    if (value.date) body.date = value.date;
    if (value.milestone.trim()) body.milestone = value.milestone.trim();
    if (value.details.trim()) body.details = value.details;
    if (value.status === 'abandoned') body.reason = value.reason.trim();
    const target = this.proposalId() ?? value.proposal;
    this.busy.set(true);
    try {
      const result = await this.api.postFollowUp(target, body);
      this.form.reset({ proposal: this.proposalId() ? '' : value.proposal, status: null, progress: null, date: '', milestone: '', details: '', reason: '' });
      this.submitted.set(false);
      this.done.set(
        this.translate.instant('outcomes.followUp.form.posted', {
          ref: result.proposal.ref,
          status: this.translate.instant(`outcomes.followUp.status.${body.status}`),
        }),
      );
      this.posted.emit(result);
    } catch (error) {
      if (!applyServerFieldErrors(this.form, error)) this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
    } finally {
      this.busy.set(false);
      focusAfterRender(() => this.feedback(), this.injector);
    }
  }
}
