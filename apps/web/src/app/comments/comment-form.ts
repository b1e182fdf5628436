import { Component, ElementRef, Injector, OnInit, computed, inject, input, output, signal, viewChild } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, FormGroupDirective, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { COMMENT_BODY_MAX, COMMENT_STANCES, type CommentStance } from '@concordia/contracts';
import { debounceTime, map } from 'rxjs';
import { apiErrorMessage } from '../core/api-error';
import { applyServerFieldErrors, focusAfterRender, focusFirstInvalid } from '../core/forms';
import { notBlank } from '../core/password-policy';
import { clearServerErrors } from '../consultations/server-errors';
import { PersonalDataWarning } from '../proposals/personal-data-warning';
import { CommentItemView, CommentsApi } from './comments.api';

let nextId = 0;

/** Writing a comment, a reply, or changing one's own: the text and a stance. */
@Component({
  selector: 'cc-comment-form',
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, MatRadioModule, TranslatePipe, PersonalDataWarning],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" class="comment-form" #formElement novalidate>
      <mat-form-field>
        <mat-label>{{ label() | translate }}</mat-label>
        <textarea matInput formControlName="body" rows="4" [maxlength]="max" required #textarea></textarea>
        <mat-hint align="end">{{ 'comments.form.count' | translate: { count: length(), max } }}</mat-hint>
        @if (form.controls.body.hasError('required')) {
          <mat-error>{{ 'comments.form.bodyRequired' | translate }}</mat-error>
        } @else if (form.controls.body.getError('server'); as message) {
          <mat-error>{{ message }}</mat-error>
        }
      </mat-form-field>
      <cc-personal-data-warning [texts]="texts()" context="comment" />
      <p [id]="stanceId" class="legend">{{ 'comments.form.stance' | translate }}</p>
      <mat-radio-group formControlName="stance" [attr.aria-labelledby]="stanceId" class="stances">
        @for (stance of stances; track stance) {
          <mat-radio-button [value]="stance">{{ 'comments.stances.' + stance | translate }}</mat-radio-button>
        }
      </mat-radio-group>
      <div class="actions">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ submitLabel() | translate }}</button>
        @if (mode() !== 'new') {
          <button mat-button type="button" (click)="cancelled.emit()">{{ 'common.cancel' | translate }}</button>
        }
      </div>
      <div role="alert">
        @if (error(); as message) {
          <p class="message error"><mat-icon aria-hidden="true" fontIcon="error" /><span>{{ message }}</span></p>
        }
      </div>
    </form>
  `,
  styles: `
    .comment-form mat-form-field { width: 100%; }
    .legend { margin: .5rem 0 0; font-weight: 600; }
    .stances { display: flex; flex-wrap: wrap; gap: 0 1rem; }
  `,
})
export class CommentForm implements OnInit {
  private readonly api = inject(CommentsApi);
  private readonly translate = inject(TranslateService);
  private readonly injector = inject(Injector);
  private readonly formElement = viewChild<ElementRef<HTMLElement>>('formElement');
  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('textarea');
  private readonly formDirective = viewChild(FormGroupDirective);

  readonly proposalId = input.required<string>();
  readonly mode = input<'new' | 'reply' | 'edit'>('new');
  readonly parentId = input<string | null>(null);
  /** The comment being changed (edit mode). */
  readonly comment = input<CommentItemView | null>(null);
  readonly saved = output<CommentItemView>();
  readonly cancelled = output<void>();

  protected readonly max = COMMENT_BODY_MAX;
  protected readonly stances = COMMENT_STANCES;
  protected readonly stanceId = `stance-${++nextId}`;
  protected readonly form = new FormGroup({
    body: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.maxLength(COMMENT_BODY_MAX)] }),
    stance: new FormControl<CommentStance>('neutral', { nonNullable: true }),
  });
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly length = toSignal(this.form.controls.body.valueChanges.pipe(map((v) => v.length)), { initialValue: 0 });
  protected readonly texts = toSignal(this.form.controls.body.valueChanges.pipe(debounceTime(500), map((v) => [v])), { initialValue: [] as string[] });

  protected readonly label = computed(() => (this.mode() === 'reply' ? 'comments.form.replyLabel' : this.mode() === 'edit' ? 'comments.form.editLabel' : 'comments.form.label'));
  protected readonly submitLabel = computed(() => (this.mode() === 'reply' ? 'comments.form.reply' : this.mode() === 'edit' ? 'comments.form.save' : 'comments.form.submit'));

  ngOnInit(): void {
    const comment = this.comment();
    if (comment) this.form.setValue({ body: comment.body ?? '', stance: comment.stance ?? 'neutral' });
    // A reply or an edit opens where the person clicked: the field takes the focus.
    if (this.mode() !== 'new') focusAfterRender(() => this.textarea(), this.injector);
  }

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    this.error.set(null);
    clearServerErrors(this.form);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.formElement(), this.injector);
      return;
    }
    const { body, stance } = this.form.getRawValue();
    this.busy.set(true);
    try {
      const comment = this.comment();
      const saved =
        this.mode() === 'edit' && comment
          ? await this.api.update(comment.id, { body: body.trim(), stance })
          : await this.api.create(this.proposalId(), { body: body.trim(), stance, ...(this.parentId() ? { parentId: this.parentId() as string } : {}) });
      // resetForm also forgets the submission, so the emptied field shows no error.
      this.formDirective()?.resetForm({ body: '', stance: 'neutral' });
      this.saved.emit(saved);
    } catch (error) {
      if (!applyServerFieldErrors(this.form, error)) this.error.set(apiErrorMessage(error, this.translate.instant('common.networkError')));
      else focusFirstInvalid(this.formElement(), this.injector);
    } finally {
      this.busy.set(false);
    }
  }
}
